package org.anwei.duban.demo;

import org.anwei.duban.base.security.SystemUser;
import org.anwei.duban.meeting.MeetingFilter;
import org.anwei.duban.meeting.MeetingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, creates the demo work once, on a database without meetings, and
 * installs the demo city's map when no map is in use.
 */
@Component
@Profile("demo")
class DemoWorkRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkRunner.class);

	private final DemoWork work;

	private final MeetingService meetings;

	private final DemoJurisdiction jurisdiction;

	DemoWorkRunner(DemoWork work, MeetingService meetings, DemoJurisdiction jurisdiction) {
		this.work = work;
		this.meetings = meetings;
		this.jurisdiction = jurisdiction;
	}

	@Override
	public void run(ApplicationArguments args) {
		SystemUser.call(() -> {
			if (this.meetings.count(new MeetingFilter(null, null, null, null, null, null)) == 0) {
				log.info("Demo profile: created the demo meeting \"{}\" with its tasks", this.work.create().title());
			}
			return null;
		});
		if (this.jurisdiction.installIfMissing()) {
			log.info("Demo profile: uploaded the demo city's map ({})", DemoJurisdiction.FILE);
		}
	}

}
