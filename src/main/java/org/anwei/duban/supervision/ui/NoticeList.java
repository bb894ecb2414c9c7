package org.anwei.duban.supervision.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.anwei.duban.base.ui.DisplayTime;
import org.anwei.duban.supervision.NoticeSummary;
import org.anwei.duban.supervision.SupervisionService;

/**
 * The numbered 督办/催办 notices of one supervised item, each with its PDF and Word file;
 * nothing at all while there are none.
 */
public class NoticeList extends Div {

	public NoticeList(SupervisionService supervision, String type, long id, String headingKey) {
		List<NoticeSummary> notices = supervision.notices(type, id);
		if (notices.isEmpty()) {
			return;
		}
		add(new H3(getTranslation(headingKey)));
		for (NoticeSummary notice : notices) {
			Div line = new Div(
					new Span(notice.documentNumber() + " · " + getTranslation(notice.kind().labelKey())
							+ (notice.level() == null ? "" : "（" + getTranslation(notice.level().labelKey()) + "）")
							+ " · " + DisplayTime.minutes(notice.issuedAt()) + " "),
					file(supervision, type, id, notice, true), new Span(" "),
					file(supervision, type, id, notice, false));
			line.setId("notice-" + notice.id());
			add(line);
		}
	}

	private static Anchor file(SupervisionService supervision, String type, long id, NoticeSummary notice,
			boolean pdf) {
		String name = notice.documentNumber() + (pdf ? ".pdf" : ".docx");
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = supervision.noticeFile(type, id, notice.id(), pdf);
			return new DownloadResponse(new ByteArrayInputStream(bytes), name,
					pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					bytes.length);
		}), pdf ? "PDF" : "Word");
		anchor.getElement().setAttribute("download", true);
		return anchor;
	}

}
