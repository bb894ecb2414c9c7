package org.anwei.duban.supervision;

/** What one daily run did: reminders sent, tasks escalated, digest mails sent. */
public record ReminderRun(int reminded, int escalated, int mailed) {
}
