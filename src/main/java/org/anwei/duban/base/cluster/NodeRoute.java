package org.anwei.duban.base.cluster;

import java.util.regex.Pattern;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The node's name in its session ids, for sticky routing behind a reverse proxy: with
 * {@code anwei.node-name=a} Tomcat ends every session id with {@code .a}, and the proxy
 * sends a request whose session cookie ends so to node a (see
 * {@code src/ops/nginx.conf}). Vaadin keeps a user's open pages in the memory of the node
 * that made them, so each session must come back to its own node. Unset (one node),
 * session ids stay as they are.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	/** A name the proxy's pattern can match and a cookie can carry as is. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final String name;

	NodeRoute(@Value("${anwei.node-name:}") String name) {
		if (!name.isEmpty() && !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"anwei.node-name (ANWEI_NODE_NAME) must be 1–32 letters, digits, '-' or '_': '" + name + "'");
		}
		this.name = name;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (!this.name.isEmpty()) {
			// the session manager reads the route from the engine when it starts, after
			// this
			factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
				if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null
						&& context.getParent().getParent() instanceof Engine engine) {
					engine.setJvmRoute(this.name);
				}
			}));
		}
	}

}
