package org.anwei.duban.task;

/**
 * Published in the accepting transaction when staff accept a task (办结), so work that
 * hangs on it — a hazard's rectification task — moves on with it.
 */
public record TaskAccepted(long taskId) {
}
