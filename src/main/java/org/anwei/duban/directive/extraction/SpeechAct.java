package org.anwei.duban.directive.extraction;

/** What a unit of text does. */
enum SpeechAct {

	/** Assigns work: a modal (要, 必须, 严禁 …) or an assignment (由…负责, …牵头). */
	REQUIREMENT,
	/**
	 * Starts with a verb of work (加强, 开展, 落实 …) but no modal: work when a list or a
	 * speaker asks for it.
	 */
	ACTION,
	/** A requirement of mind and attitude only (提高认识, 绷紧思想之弦): not a task by itself. */
	EXHORTATION,
	/** What happened: the meeting was held, somebody presided, listened, relayed. */
	NARRATIVE,
	/** How things are: the situation, figures, praise. */
	ASSESSMENT,
	/** Introduces a list: 提出以下要求：, 通知如下：. */
	LEAD_IN,
	/** What the speaker or the issuing body will do itself (我们将…). */
	COMMITMENT,
	/** None of the above. */
	OTHER;

	boolean assignsWork() {
		return this == REQUIREMENT || this == ACTION;
	}

}
