package org.anwei.duban.base.monitoring;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Times every request of the web application, as {@code anwei.ui.requests} tagged with
 * the view it was for (the route's class, e.g. {@code TaskView}) and its kind
 * ({@code init}, {@code uidl}, {@code heartbeat}, {@code upload}, …): Spring's
 * {@code http.server.requests} sees every Vaadin interaction as one address. The view of
 * a request is the one it navigated to, else the one its tab shows (kept in the HTTP
 * session, which any thread may read, per tab).
 */
@Component
class ViewRequestTimer implements VaadinServiceInitListener, VaadinRequestInterceptor {

	static final String METER = "anwei.ui.requests";

	private static final String STARTED = ViewRequestTimer.class.getName() + ".started";

	private static final String VIEW = ViewRequestTimer.class.getName() + ".view";

	private final transient MeterRegistry registry;

	ViewRequestTimer(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addVaadinRequestInterceptor(this);
		event.getSource().addUIInitListener(init -> {
			UI ui = init.getUI();
			ui.addAfterNavigationListener(this::navigated);
			ui.addDetachListener(detach -> forget(ui));
		});
	}

	@Override
	public void requestStart(VaadinRequest request, VaadinResponse response) {
		request.setAttribute(STARTED, System.nanoTime());
	}

	@Override
	public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
			Exception exception) {
		// timed in requestEnd, which follows
	}

	@Override
	public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
		if (!(request.getAttribute(STARTED) instanceof Long started)) {
			return;
		}
		Timer.builder(METER)
			.description("Requests of the web application per view")
			.tag("view", view(request))
			.tag("type", type(request))
			.publishPercentileHistogram()
			.register(this.registry)
			.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
	}

	private void navigated(AfterNavigationEvent event) {
		String view = event.getActiveChain().isEmpty() ? "none"
				: event.getActiveChain().getFirst().getClass().getSimpleName();
		VaadinRequest request = VaadinRequest.getCurrent();
		if (request != null) {
			request.setAttribute(VIEW, view);
		}
		WrappedSession session = wrappedSession(event.getLocationChangeEvent().getUI());
		if (session != null) {
			session.setAttribute(VIEW + "." + event.getLocationChangeEvent().getUI().getUIId(), view);
		}
	}

	private void forget(UI ui) {
		WrappedSession session = wrappedSession(ui);
		if (session != null) {
			try {
				session.removeAttribute(VIEW + "." + ui.getUIId());
			}
			catch (IllegalStateException invalidated) {
				// the session is gone, and its attributes with it
			}
		}
	}

	private static String view(VaadinRequest request) {
		if (request.getAttribute(VIEW) instanceof String navigated) {
			return navigated;
		}
		String ui = request.getParameter("v-uiId");
		WrappedSession session = request.getWrappedSession(false);
		if (ui != null && session != null) {
			try {
				if (session.getAttribute(VIEW + "." + ui) instanceof String shown) {
					return shown;
				}
			}
			catch (IllegalStateException invalidated) {
				// signed out during the request
			}
		}
		return "none";
	}

	/** Vaadin's request type ({@code v-r}), or {@code page} for the page itself. */
	private static String type(VaadinRequest request) {
		String type = request.getParameter("v-r");
		if (type == null) {
			return "page";
		}
		return switch (type) {
			case "init", "uidl", "heartbeat", "upload", "push" -> type;
			default -> "other";
		};
	}

	private static @Nullable WrappedSession wrappedSession(UI ui) {
		VaadinSession session = ui.getSession();
		return session == null ? null : session.getSession();
	}

}
