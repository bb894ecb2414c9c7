package org.anwei.duban.base.ui;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BackgroundWorkConfig {

	/**
	 * The pool of {@link BackgroundWork}: {@code anwei.background.threads} at once (an
	 * export is mostly database and CPU: more than the cores only adds waiting) and
	 * {@code anwei.background.queue} waiting; beyond that users are told to try again.
	 */
	@Bean(name = BackgroundWork.EXECUTOR, destroyMethod = "shutdown")
	ExecutorService backgroundWorkExecutor(@Value("${anwei.background.threads:2}") int threads,
			@Value("${anwei.background.queue:20}") int queue) {
		return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
				Thread.ofPlatform().name("background-", 1).daemon(true).factory());
	}

}
