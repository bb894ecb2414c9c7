package org.anwei.duban.directive.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Preparing a text for matching keeps every offset into the original. */
class NormalizedTextTest {

	@Test
	void traditional_characters_become_simplified_one_for_one() {
		String original = "各級黨委政府要壓實屬地責任，批覆如下";
		NormalizedText prepared = NormalizedText.of(original);
		assertThat(prepared.text()).isEqualTo("各级党委政府要压实属地责任,批复如下");
		assertThat(prepared.text()).hasSameSizeAs(original);
	}

	@Test
	void inline_pinyin_is_dropped_and_offsets_map_back() {
		String original = "各鄉(xiāng)鎮(zhèn)要立即開(kāi)展檢查";
		NormalizedText prepared = NormalizedText.of(original);
		assertThat(prepared.text()).isEqualTo("各乡镇要立即开展检查");
		int at = prepared.text().indexOf("开展");
		assertThat(original.substring(prepared.originalIndex(at), prepared.originalEnd(at + 2))).isEqualTo("開(kāi)展");
		assertThat(NormalizedText.of("上报PPT(PPT)材料").text()).contains("(PPT)");
	}

	@Test
	void a_page_wrapped_inside_sentences_is_joined_and_headings_keep_their_lines() {
		String original = "各乡镇要严格执行二十四小时值班和领导带班\n制度，遇有突发情况要第一时间报告，不得迟报\n、漏报。\n一、加强值班值守\n各单位要落实责任。";
		NormalizedText prepared = NormalizedText.of(original);
		assertThat(prepared.text()).startsWith("各乡镇要严格执行二十四小时值班和领导带班制度,遇有突发情况要第一时间报告,不得迟报、漏报。\n一、加强值班值守\n");
		int at = prepared.text().indexOf("制度");
		assertThat(original.substring(prepared.originalIndex(at), prepared.originalEnd(at + 2))).isEqualTo("制度");
	}

	@Test
	void a_wrap_inside_a_pinyin_annotation_is_handled() {
		assertThat(NormalizedText.of("各单位要加强督促检查，确保责任落实到具体领(\nlǐng)导和个人。").text())
			.isEqualTo("各单位要加强督促检查,确保责任落实到具体领导和个人。");
	}

	@Test
	void widths_are_folded() {
		assertThat(NormalizedText.of("各单位：（一）要加强值守；").text()).isEqualTo("各单位:(一)要加强值守;");
	}

}
