package org.anwei.duban.task;

/** A file as received from a browser or an API client. */
public record Upload(String filename, byte[] content) {
}
