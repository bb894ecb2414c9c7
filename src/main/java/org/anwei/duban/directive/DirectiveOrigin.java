package org.anwei.duban.directive;

/**
 * Found by the extraction engine, or written by staff (新增, or the second half of a
 * split).
 */
public enum DirectiveOrigin {

	EXTRACTED, MANUAL

}
