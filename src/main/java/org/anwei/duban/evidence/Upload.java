package org.anwei.duban.evidence;

/** A file as received from a browser or an API client. */
public record Upload(String filename, byte[] content) {

	/** The largest file accepted as evidence or material. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most files one report, task or API call may carry. */
	public static final int MAX_FILES = 10;

}
