package org.anwei.duban.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ScoreWeights.class)
class DashboardConfig {

	static final String EXECUTOR = "dashboardExecutor";

	/**
	 * Runs a dashboard's hazard queries beside its task queries (as the signed-in user,
	 * see {@link DashboardService}); bounded, so many leaders at once queue here rather
	 * than open unbounded threads.
	 */
	@Bean(name = EXECUTOR, destroyMethod = "shutdown")
	ExecutorService dashboardExecutor() {
		return Executors.newFixedThreadPool(4, Thread.ofPlatform().name("dashboard-", 1).daemon(true).factory());
	}

	/** How long counted figures are shown again to the same scope (0s: never). */
	@Bean
	FiguresCache dashboardFiguresCache(@Value("${anwei.dashboard.figures-kept:PT1M}") Duration keep, Clock clock) {
		return new FiguresCache(keep, clock);
	}

}
