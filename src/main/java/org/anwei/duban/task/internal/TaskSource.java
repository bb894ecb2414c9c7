package org.anwei.duban.task.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.anwei.duban.directive.DirectiveSource;
import org.jspecify.annotations.Nullable;

/**
 * The sentence a task came from, copied when it is issued. Issued directives and meeting
 * documents never change, so the copy stays true; it lets a department see its task's
 * origin without access to the meeting itself.
 */
@Embeddable
public class TaskSource {

	@Column(name = "source_meeting_title", length = 200)
	private @Nullable String meetingTitle;

	@Column(name = "source_meeting_date")
	private @Nullable LocalDate meetingDate;

	@Column(name = "source_document", length = 255)
	private @Nullable String documentName;

	@Column(name = "source_document_id")
	private @Nullable Long documentId;

	@Column(name = "source_start")
	private @Nullable Integer start;

	@Column(name = "source_end")
	private @Nullable Integer end;

	/** One heading per line, outermost first. */
	@Column(name = "source_headings", length = 500)
	private @Nullable String headings;

	@Column(name = "source_before", length = 200)
	private @Nullable String before;

	@Column(name = "source_sentence", length = 4000)
	private @Nullable String sentence;

	@Column(name = "source_after", length = 200)
	private @Nullable String after;

	protected TaskSource() {
	}

	public TaskSource(DirectiveSource source) {
		this.meetingTitle = source.meetingTitle();
		this.meetingDate = source.meetingDate();
		this.documentName = source.documentName();
		this.documentId = source.documentId();
		this.start = source.start();
		this.end = source.end();
		this.headings = source.headings().isEmpty() ? null : cut(String.join("\n", source.headings()), 500, false);
		this.before = cut(source.before(), 200, true);
		this.sentence = cut(source.sentence(), 4000, false);
		this.after = cut(source.after(), 200, false);
	}

	/** Back as the directive module's record, or null for a task written by staff. */
	public @Nullable DirectiveSource toRecord(long directiveId, long meetingId) {
		if (this.sentence == null || this.meetingTitle == null || this.meetingDate == null || this.documentName == null
				|| this.documentId == null) {
			return null;
		}
		return new DirectiveSource(directiveId, meetingId, this.meetingTitle, this.meetingDate, this.documentId,
				this.documentName, this.start, this.end,
				this.headings == null ? List.of() : List.of(this.headings.split("\n")),
				this.before == null ? "" : this.before, this.sentence, this.after == null ? "" : this.after);
	}

	private static String cut(String text, int max, boolean keepEnd) {
		if (text.length() <= max) {
			return text;
		}
		return keepEnd ? text.substring(text.length() - max) : text.substring(0, max);
	}

}
