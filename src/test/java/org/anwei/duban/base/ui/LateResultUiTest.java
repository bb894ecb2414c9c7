package org.anwei.duban.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's slower parts: shown at once when ready, otherwise handed to the UI's thread
 * when counted while the browser polls, and the polling stops when nothing waits.
 */
class LateResultUiTest extends KaribuTest {

	@Test
	void a_ready_result_is_shown_at_once_without_polling() {
		login(TestUsers.STAFF, "tasks");
		List<String> shown = new ArrayList<>();
		LateResult.show(UI.getCurrent(), CompletableFuture.completedFuture("甲"), shown::add, failure -> {
		});
		assertThat(shown).containsExactly("甲");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
	}

	@Test
	void a_late_result_is_polled_for_and_shown_in_the_uis_thread_when_counted() throws Exception {
		login(TestUsers.STAFF, "tasks");
		UI ui = UI.getCurrent();
		List<String> shown = new ArrayList<>();
		List<String> threads = new ArrayList<>();
		CompletableFuture<String> slow = new CompletableFuture<>();
		CompletableFuture<Void> handed = LateResult.show(ui, slow, value -> {
			shown.add(value);
			threads.add(Thread.currentThread().getName());
		}, failure -> {
		});
		assertThat(shown).isEmpty();
		assertThat(ui.getPollInterval()).as("the browser asks for it").isEqualTo(LateResult.POLL_MILLIS);

		Thread counter = Thread.ofPlatform().name("counter").start(() -> slow.complete("乙"));
		counter.join();
		handed.join();
		assertThat(shown).as("not before the UI's thread runs").isEmpty();
		MockVaadin.runUIQueue();

		assertThat(shown).containsExactly("乙");
		assertThat(threads).containsExactly(Thread.currentThread().getName());
		assertThat(ui.getPollInterval()).as("nothing waits any more").isEqualTo(-1);
	}

	@Test
	void a_failure_is_handed_over_as_thrown() {
		login(TestUsers.STAFF, "tasks");
		List<RuntimeException> failures = new ArrayList<>();
		CompletableFuture<String> failing = new CompletableFuture<>();
		CompletableFuture<Void> handed = LateResult.show(UI.getCurrent(), failing, value -> {
		}, failures::add);
		failing.completeExceptionally(new IllegalStateException("数据库不可用"));
		handed.join();
		MockVaadin.runUIQueue();
		assertThat(failures).singleElement().satisfies(f -> assertThat(f).hasMessage("数据库不可用"));
	}

	@Test
	void overlapping_waits_poll_as_often_as_the_most_eager_asks_until_none_is_left() {
		login(TestUsers.STAFF, "tasks");
		UI ui = UI.getCurrent();
		Registration slow = Polling.every(ui, 1000);
		Registration fast = Polling.every(ui, 150);
		Registration alsoSlow = Polling.every(ui, 1000);
		assertThat(ui.getPollInterval()).isEqualTo(150);
		fast.remove();
		assertThat(ui.getPollInterval()).isEqualTo(1000);
		slow.remove();
		assertThat(ui.getPollInterval()).as("the other wait of a second remains").isEqualTo(1000);
		alsoSlow.remove();
		assertThat(ui.getPollInterval()).isEqualTo(-1);
	}

	@Test
	void two_waits_of_the_same_short_interval_are_two_waits() {
		// a boxed 100 is one shared object: the two must still be told apart
		login(TestUsers.STAFF, "tasks");
		UI ui = UI.getCurrent();
		Registration standing = Polling.every(ui, LateResult.POLL_MILLIS);
		Registration charts = Polling.every(ui, LateResult.POLL_MILLIS);
		charts.remove();
		assertThat(ui.getPollInterval()).as("the standing still waits").isEqualTo(LateResult.POLL_MILLIS);
		standing.remove();
		assertThat(ui.getPollInterval()).isEqualTo(-1);
	}

}
