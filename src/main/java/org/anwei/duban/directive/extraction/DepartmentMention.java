package org.anwei.duban.directive.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A responsible party named in (or inherited by) a directive.
 *
 * @param mention as written, e.g. 市安监局 or 各县(区)
 * @param department the directory's current name when the mention is one of its names or
 * aliases, else null
 * @param role LEAD for the unit that answers for the work, ASSIST for units that
 * cooperate (配合)
 * @param inherited true when it comes from the document's addressees or a parent item,
 * not the sentence itself
 */
public record DepartmentMention(String mention, @Nullable String department, Role role, boolean inherited) {

	public enum Role {

		LEAD, ASSIST

	}

}
