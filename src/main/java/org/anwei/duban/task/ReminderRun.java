package org.anwei.duban.task;

/** What one daily run did: reminders sent, tasks escalated, digest mails sent. */
public record ReminderRun(int reminded, int escalated, int mailed) {
}
