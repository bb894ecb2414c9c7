package org.anwei.duban.task;

/** An attachment's file as it was uploaded: what a download sends back. */
public record AttachmentFile(String filename, String contentType, byte[] content) {

}
