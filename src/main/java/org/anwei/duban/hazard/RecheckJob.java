package org.anwei.duban.hazard;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.anwei.duban.base.security.SystemUser;
import org.anwei.duban.supervision.EscalationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Draws the month's re-inspection items at {@code anwei.hazard.recheck.cron}, on one
 * instance only.
 */
@Component
@ConditionalOnProperty(name = "anwei.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class RecheckJob {

	private static final Logger log = LoggerFactory.getLogger(RecheckJob.class);

	private final RecheckService rechecks;

	private final EscalationProperties escalation;

	private final Clock clock;

	RecheckJob(RecheckService rechecks, EscalationProperties escalation, Clock clock) {
		this.rechecks = rechecks;
		this.escalation = escalation;
		this.clock = clock;
	}

	@Scheduled(cron = "${anwei.hazard.recheck.cron}", zone = "${anwei.escalation.zone}")
	@SchedulerLock(name = "hazard-recheck-sampling", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	void run() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.escalation.zone());
		RecheckRun run = SystemUser.call(() -> this.rechecks.sample(today));
		log.info("Re-inspection sampling for {}: {} of {} closed hazards drawn", today, run.drawn(), run.candidates());
	}

}
