package com.github.mvysny.kaributesting.v10;

import com.vaadin.flow.server.ServiceDestroyEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinService;

/**
 * Compatibility shim for Karibu-Testing 2.6.2 on Vaadin 25.3.
 *
 * <p>
 * Why: Karibu's {@code MockVaadin} fires session-init and service-destroy listeners by
 * reflecting on the private
 * {@code VaadinService.sessionInitListeners}/{@code serviceDestroyListeners} fields.
 * Vaadin 25.3 moved all service listeners into {@code VaadinServiceEventBus}, so those
 * fields no longer exist and every Karibu test fails in setup. This class replaces
 * Karibu's file-level {@code MockVaadinKt} (test classes come first on the class path)
 * with the two functions {@code MockVaadin} calls, firing through the public event bus
 * instead. Remove it when a Karibu release supports Vaadin 25.3.
 */
public final class MockVaadinKt {

	private MockVaadinKt() {
	}

	public static void access$fireSessionInitListeners(VaadinService service, SessionInitEvent event) {
		service.getEventBus().fireEvent(event);
	}

	public static void access$fireServiceDestroyListeners(VaadinService service, ServiceDestroyEvent event) {
		service.getEventBus().fireEventInReverseOrder(event);
	}

}
