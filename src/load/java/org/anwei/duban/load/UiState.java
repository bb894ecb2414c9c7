package org.anwei.duban.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab's side of Vaadin's protocol, as its client engine keeps it: the UI's id
 * and CSRF token (Vaadin-Security-Key), the server's last sync id and the next client id,
 * which node each element id is, and what the client would send on its own with its next
 * message (the grid's confirmations, a closed dialog's or an expired notification's
 * "closed" event). Read from the server's answers with patterns rather than a JSON
 * parser: the simulation needs a handful of fields from answers of up to 200 kB.
 */
final class UiState {

	private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

	private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

	private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

	private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

	private static final Pattern PUT = Pattern
		.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"(id|tag|opened|target)\",\"feat\":\\d+,\"value\":"
				+ "(\"[^\"]*\"|true|false|\\{\"uri\":\"[^\"]*\"\\})\\}");

	private static final Pattern DETACH = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"detach\"\\}");

	private static final Pattern CONFIRM = Pattern
		.compile("\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"\\]");

	private static final Pattern POLL_INTERVAL = Pattern
		.compile("\"key\":\"pollInterval\",\"feat\":\\d+,\"value\":(-?\\d+)");

	final String uiId;

	private final String csrf;

	private int syncId;

	private int clientId;

	private int promise;

	private int pollInterval = -1;

	private final Map<String, Integer> nodes = new HashMap<>();

	private final Map<Integer, String> tags = new HashMap<>();

	private final Map<Integer, String> uploadTargets = new HashMap<>();

	private final List<String> pending = new ArrayList<>();

	private UiState(String uiId, String csrf) {
		this.uiId = uiId;
		this.csrf = csrf;
	}

	/** The tab as the init request ({@code ?v-r=init}) describes it. */
	static UiState init(String json) {
		UiState ui = new UiState(first(UI_ID, json), first(CSRF, json));
		ui.absorb(json);
		return ui;
	}

	/**
	 * The next message: what the client would add by itself, then the user's action.
	 */
	String message(String... rpc) {
		List<String> all = new ArrayList<>(this.pending);
		all.addAll(List.of(rpc));
		this.pending.clear();
		return "{\"csrfToken\":\"" + this.csrf + "\",\"rpc\":[" + String.join(",", all) + "],\"syncId\":" + this.syncId
				+ ",\"clientId\":" + this.clientId + "}";
	}

	/**
	 * The beacon a tab sends as it closes or loads another page, so the server closes its
	 * UI at once.
	 */
	String unload() {
		return "{\"csrfToken\":\"" + this.csrf + "\",\"rpc\":[],\"UNLOAD\":true,\"syncId\":" + this.syncId
				+ ",\"clientId\":" + this.clientId + "}";
	}

	/** Takes in an answer: ids, element ids, what to confirm or close. */
	void absorb(String answer) {
		Matcher sync = SYNC_ID.matcher(answer);
		while (sync.find()) {
			this.syncId = Integer.parseInt(sync.group(1));
		}
		Matcher client = CLIENT_ID.matcher(answer);
		if (client.find()) {
			this.clientId = Integer.parseInt(client.group(1));
		}
		Matcher detach = DETACH.matcher(answer);
		while (detach.find()) {
			int node = Integer.parseInt(detach.group(1));
			this.tags.remove(node);
			this.uploadTargets.remove(node);
			this.nodes.values().remove(node);
		}
		Matcher put = PUT.matcher(answer);
		while (put.find()) {
			int node = Integer.parseInt(put.group(1));
			String value = put.group(3);
			switch (put.group(2)) {
				case "id" -> this.nodes.put(unquote(value), node);
				case "tag" -> this.tags.put(node, unquote(value));
				case "target" -> this.uploadTargets.put(node, value.substring(8, value.length() - 2));
				default -> closeLater(node, Boolean.parseBoolean(value));
			}
		}
		Matcher confirm = CONFIRM.matcher(answer);
		while (confirm.find()) {
			this.pending.add("{\"type\":\"publishedEventHandler\",\"node\":" + confirm.group(1)
					+ ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + confirm.group(2)
					+ "],\"promise\":" + this.promise++ + "}");
		}
		Matcher poll = POLL_INTERVAL.matcher(answer);
		while (poll.find()) {
			this.pollInterval = Integer.parseInt(poll.group(1));
		}
	}

	/**
	 * A dialog the server closed, or a notification that will have timed out by the next
	 * action: the client reports it closed.
	 */
	private void closeLater(int node, boolean opened) {
		String tag = this.tags.get(node);
		if (("vaadin-dialog".equals(tag) && !opened) || ("vaadin-notification".equals(tag) && opened)) {
			this.pending.add(Rpc.event(node, "closed"));
		}
	}

	/** The node of the element with this id; fails the action when there is none. */
	int node(String elementId) {
		Integer node = this.nodes.get(elementId);
		if (node == null) {
			throw new IllegalStateException("no element #" + elementId + " on the page");
		}
		return node;
	}

	boolean has(String elementId) {
		return this.nodes.containsKey(elementId);
	}

	/** Where the upload with this element id sends its files. */
	String uploadTarget(String elementId) {
		String target = this.uploadTargets.get(node(elementId));
		if (target == null) {
			throw new IllegalStateException("#" + elementId + " has no upload target");
		}
		return target;
	}

	/** Whether the page asked to be polled (figures still being counted). */
	boolean polling() {
		return this.pollInterval > 0;
	}

	private static String first(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("not in the init answer: " + pattern);
		}
		return matcher.group(1);
	}

	private static String unquote(String value) {
		return value.substring(1, value.length() - 1);
	}

}
