package org.anwei.duban.load;

/**
 * The client's messages for what a user does, as Vaadin's client engine writes them
 * (recorded from Chromium on this application).
 */
final class Rpc {

	private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
			+ "\"event.ctrlKey\":false,\"event.clientX\":60,\"event.clientY\":380,\"event.altKey\":false,"
			+ "\"event.button\":0,\"event.screenY\":530,\"event.screenX\":70}";

	private Rpc() {
	}

	/**
	 * The router's navigation: the first one of a tab (after its init), or one from a
	 * link clicked in it.
	 */
	static String navigate(String route, String query, boolean first) {
		return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + (first ? "/" : "")
				+ route + "\",\"query\":\"" + json(query) + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
				+ "\"trigger\":\"" + (first ? "" : "client") + "\"}}";
	}

	static String click(int node) {
		return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}";
	}

	/** A text area's or field's new value, committed (blur or Enter). */
	static String[] type(int node, String value) {
		return new String[] { "{\"type\":\"mSync\",\"node\":" + node
				+ ",\"feature\":1,\"property\":\"value\",\"value\":\"" + json(value) + "\"}", event(node, "change") };
	}

	/** A search field's new value as it is typed (value change mode lazy/eager). */
	static String[] search(int node, String value) {
		return new String[] {
				"{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
						+ json(value) + "\"}",
				"{\"type\":\"event\",\"node\":" + node
						+ ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}" };
	}

	static String event(int node, String name) {
		return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + name + "\"}";
	}

	static String uploadSucceeded(int node) {
		return "{\"type\":\"event\",\"node\":" + node
				+ ",\"event\":\"upload-success\",\"data\":{\"element.files.some(file => file.uploading)\":false}}";
	}

	static String poll() {
		return event(1, "ui-poll");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
