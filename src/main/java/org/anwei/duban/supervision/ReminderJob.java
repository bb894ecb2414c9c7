package org.anwei.duban.supervision;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.anwei.duban.base.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Triggers the daily run at {@code anwei.escalation.reminder-cron}, on one instance only.
 */
@Component
@ConditionalOnProperty(name = "anwei.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final ReminderService reminders;

	private final EscalationProperties properties;

	private final Clock clock;

	ReminderJob(ReminderService reminders, EscalationProperties properties, Clock clock) {
		this.reminders = reminders;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${anwei.escalation.reminder-cron}", zone = "${anwei.escalation.zone}")
	@SchedulerLock(name = "supervision-daily-run", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	void run() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
		ReminderRun run = SystemUser.call(() -> this.reminders.runFor(today));
		log.info("Daily run for {}: {} reminders, {} escalations, {} digest mails", today, run.reminded(),
				run.escalated(), run.mailed());
	}

}
