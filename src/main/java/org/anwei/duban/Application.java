package org.anwei.duban;

import java.time.Clock;
import java.util.Arrays;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

import org.anwei.duban.base.ReplayClock;
import org.anwei.duban.directive.ExtractCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Anwei Duban (安委督办): supervision of work-safety committee directives, tasks and hazards.
 *
 * <p>
 * The application class is also the Vaadin app shell: styles are plain stylesheets served
 * from {@code META-INF/resources}, so the app runs on Vaadin's pre-built bundle and needs
 * no Node.js until custom frontend code is added.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "format-detection", content = "telephone=no")
@PWA(name = "安委督办 Anwei Duban", shortName = "安委督办")
public class Application implements AppShellConfigurator {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			// The command line extractor runs without the web server and without a
			// database.
			System
				.exit(ExtractCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
		}
		SpringApplication.run(Application.class, args);
	}

	/**
	 * Every time-dependent rule reads this clock, so tests can move time (never call
	 * now() directly).
	 */
	@Bean
	ReplayClock clock() {
		return new ReplayClock(Clock.systemUTC());
	}

}
