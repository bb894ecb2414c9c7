package org.anwei.duban.base.monitoring;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * How many browser tabs (Vaadin UIs) and Vaadin sessions are open now, as the gauges
 * {@code anwei.ui.open} and {@code anwei.sessions.open}: what a node holds in memory for
 * its users. A tab counts until its UI is closed (the tab sends a beacon when it closes,
 * or misses three heartbeats); a session until it expires or its user signs out.
 */
@Component
class OpenUiMeters implements VaadinServiceInitListener {

	private final AtomicInteger uis = new AtomicInteger();

	private final AtomicInteger sessions = new AtomicInteger();

	OpenUiMeters(MeterRegistry registry) {
		Gauge.builder("anwei.ui.open", this.uis, AtomicInteger::get)
			.description("Browser tabs (Vaadin UIs) open on this node")
			.register(registry);
		Gauge.builder("anwei.sessions.open", this.sessions, AtomicInteger::get)
			.description("Vaadin sessions open on this node")
			.register(registry);
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> this.sessions.incrementAndGet());
		event.getSource().addSessionDestroyListener(destroy -> this.sessions.decrementAndGet());
		event.getSource().addUIInitListener(init -> {
			this.uis.incrementAndGet();
			init.getUI().addDetachListener(detach -> this.uis.decrementAndGet());
		});
	}

}
