package org.anwei.duban.security.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a tab's session is gone (idle past the timeout, the server restarted, or the node
 * the user worked on died and the proxy sent them to another one, which never saw the
 * session), the browser goes straight to the login page, which says why and that nothing
 * saved is lost, instead of Vaadin's English "Session Expired" box. Sessions are not
 * replicated between nodes, so this is what a node's users see when it fails.
 */
@Component
class SessionEndedRedirect implements VaadinServiceInitListener {

	/** The login page's query parameter that asks it to explain the ended session. */
	static final String PARAMETER = "ended";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().setSystemMessagesProvider(SessionEndedRedirect::messages);
	}

	static SystemMessages messages(SystemMessagesInfo info) {
		CustomizedSystemMessages messages = new CustomizedSystemMessages();
		String contextPath = info.getRequest() == null ? "" : info.getRequest().getContextPath();
		messages.setSessionExpiredURL(contextPath + "/login?" + PARAMETER);
		messages.setSessionExpiredNotificationEnabled(false);
		return messages;
	}

}
