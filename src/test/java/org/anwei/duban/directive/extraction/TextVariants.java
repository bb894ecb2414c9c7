package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * The same text as a user may paste it: in traditional characters, inside page chrome,
 * hard-wrapped every 30–40 characters, with full-width and half-width punctuation
 * swapped. Each variant knows where each of its characters came from in the clean text,
 * so results can be compared position for position.
 */
record TextVariants(String text, int[] toClean) {

	private static final String HEAD = """
			首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流
			当前位置：首页 > 工作动态 > 安全生产
			字号：大 中 小 【打印本页】 【关闭窗口】
			""";

	private static final String TAIL = """

			分享到：微信 微博 QQ空间
			【相关新闻】
			上一篇：关于开展消防安全检查的情况通报
			下一篇：某县召开防汛工作会议
			版权所有：某市人民政府办公室 主办单位：某市人民政府办公室
			ICP备案号：某ICP备00000000号 公网安备 00000000000000号
			""";

	/** Every character in its traditional form (OpenCC's phrase table, one for one). */
	static TextVariants traditional(String clean) {
		String converted = ZhConverterUtil.toTraditional(clean);
		if (converted.length() != clean.length()) {
			StringBuilder byCharacter = new StringBuilder(clean.length());
			for (char c : clean.toCharArray()) {
				List<String> forms = ZhConverterUtil.toTraditional(c);
				byCharacter.append(forms != null && !forms.isEmpty() && forms.getFirst().length() == 1
						? forms.getFirst().charAt(0) : c);
			}
			converted = byCharacter.toString();
		}
		return new TextVariants(converted, identity(clean.length()));
	}

	/** Full-width punctuation made half-width and the other way round. */
	static TextVariants width(String clean) {
		StringBuilder swapped = new StringBuilder(clean.length());
		for (char c : clean.toCharArray()) {
			if (c >= '！' && c <= '～') {
				swapped.append((char) (c - 0xFEE0));
			}
			else if (",:;()!?".indexOf(c) >= 0) {
				swapped.append((char) (c + 0xFEE0));
			}
			else {
				swapped.append(c);
			}
		}
		return new TextVariants(swapped.toString(), identity(clean.length()));
	}

	/**
	 * A site's menu and breadcrumb before the text, its share, related-news and copyright
	 * lines after.
	 */
	static TextVariants chrome(String clean) {
		String text = HEAD + clean + TAIL;
		int[] map = new int[text.length() + 1];
		for (int i = 0; i <= text.length(); i++) {
			map[i] = Math.max(0, Math.min(clean.length(), i - HEAD.length()));
		}
		return new TextVariants(text, map);
	}

	/**
	 * A line break inserted every 30–40 characters of every line, as a page wrapped by
	 * width.
	 */
	static TextVariants wrapped(String clean, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(clean.length() + clean.length() / 30);
		List<Integer> map = new ArrayList<>();
		int column = 0;
		int width = 30 + random.nextInt(11);
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			if (c == '\n') {
				column = 0;
				width = 30 + random.nextInt(11);
			}
			else if (column == width) {
				text.append('\n');
				map.add(i);
				column = 0;
				width = 30 + random.nextInt(11);
			}
			text.append(c);
			map.add(i);
			column += c == '\n' ? 0 : 1;
		}
		map.add(clean.length());
		return new TextVariants(text.toString(), map.stream().mapToInt(Integer::intValue).toArray());
	}

	/** All four at once. */
	static TextVariants all(String clean, long seed) {
		TextVariants chrome = chrome(width(traditional(clean).text()).text());
		TextVariants wrapped = wrapped(chrome.text(), seed);
		int[] map = new int[wrapped.toClean().length];
		for (int i = 0; i < map.length; i++) {
			map[i] = chrome.toClean()[Math.min(wrapped.toClean()[i], chrome.toClean().length - 1)];
		}
		return new TextVariants(wrapped.text(), map);
	}

	private static int[] identity(int length) {
		int[] map = new int[length + 1];
		for (int i = 0; i <= length; i++) {
			map[i] = i;
		}
		return map;
	}

}
