package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the frame of a document before its requirements are looked for: page chrome
 * (menus, breadcrumbs, publishing lines, copyright and reprint notes, truncation notices,
 * share buttons), titles and headlines, document numbers, the addressee line, the
 * salutation, bylines, and the signature and date at the end. Everything else is body.
 */
final class LayoutReader {

	/** Chrome that no requirement contains, even in a long line. */
	private static final Pattern CHROME_ANYWHERE = Pattern.compile(
			"转载请|转载|版权所有|版权|免责|Copyright|©|ICP备|ICP证|公网安备|备案号|全文共\\s*\\d+\\s*字|[(（]未完|未完待续|阅读全文|展开全文|本网|本站|(?:文档|文件|资料|预览)[^。]{0,20}下载|下载[^。]{0,20}(?:文档|文件)|客服|https?:|www\\.|\\.(?:com|cn|net|org)\\b|扫一扫|二维码|责任编辑|我要纠错|投稿|来稿|稿件|浏览器|联系电话|主办[:：]|承办[:：]|主办单位|技术支持|网站地图|网站标识码");

	/** Chrome words that only mark a short line (a long sentence may use them). */
	private static final Pattern CHROME_SHORT = Pattern.compile(
			"当前位置|您的位置|您现在的位置|所在位置|首页|打印|关闭窗口|分享|收藏|上一篇|下一篇|相关新闻|相关阅读|延伸阅读|查看更多|热门|推荐|排行|技术支持|主办单位|承办单位|联系我们|网站|投稿|浏览|阅读次数|访问|点击|发布时间|发布日期|信息来源|文章来源|来源[:：]|作者[:：]|编辑[:：]|审核[:：]|校对|索引号|字号|温馨提示|声明|\\.com|\\.cn|\\.html|字体|阅读[:：]|返回顶部|相关链接|友情链接|此件|附件[:：]|抄送[:：]|抄报[:：]|联系人|联系电话|电话[:：]|传真|邮箱|地址[:：]");

	private static final Pattern DOCUMENT_NUMBER = Pattern
		.compile("[〔\\[【(（﹝]((?:19|20)\\d{2})[〕\\]】)）﹞]\\s*\\d*\\s*号|签发");

	private static final Pattern BYLINE = Pattern
		.compile("^(?:本报讯|本台讯|本网讯|记者|通讯员|全媒体记者|融媒体记者|实习生|摄影|编辑|文/|图/|来源|作者|供稿|撰稿)");

	private static final Pattern SALUTATION = Pattern.compile("^(?:各位[^:：]{0,12}[、,，])?(?:同志们|各位领导|各位代表|大家)[!！]?[:：]$");

	private static final Pattern TITLE_WORDS = Pattern
		.compile("关于.{0,60}(?:通知|决定|意见|批复|方案|纪要|报告|函|通报|讲话|办法)$|(?:通知|会议纪要|讲话|发言|发言词|讲话稿)$");

	private static final Pattern MARKER_START = Pattern.compile(
			"^\\s*(?:[一二三四五六七八九十]{1,3}[、是要]|第[一二三四五六七八九十]{1,3}[,、]|[(][一二三四五六七八九十\\d]{1,3}[)]|\\d{1,2}[、.]|[①-⑳])");

	private final String text;

	private final DepartmentDirectory directory;

	private LayoutReader(String text, DepartmentDirectory directory) {
		this.text = text;
		this.directory = directory;
	}

	static Layout read(String text, DepartmentDirectory directory) {
		return new LayoutReader(text, directory).read();
	}

	private Layout read() {
		List<int[]> spans = lineSpans();
		List<Layout.Line> lines = new ArrayList<>();
		List<Party> addressees = List.of();
		LocalDate signatureDate = null;
		LocalDate publishedDate = null;
		Integer year = null;
		boolean bodySeen = false;
		boolean chromeBlock = false;
		for (int[] span : spans) {
			String line = this.text.substring(span[0], span[1]).strip();
			Layout.Kind kind = kind(line, bodySeen, chromeBlock);
			chromeBlock = kind == Layout.Kind.CHROME && (line.endsWith("声明") || line.matches(".*(?:提示|声明|说明)[:：]?$"))
					|| (chromeBlock && MARKER_START.matcher(line).find());
			if (chromeBlock && kind == Layout.Kind.BODY) {
				kind = Layout.Kind.CHROME;
			}
			if (kind == Layout.Kind.ADDRESSEE && addressees.isEmpty()) {
				addressees = new PartyGrammar(this.text, this.directory).list(span[0], lastColon(span));
			}
			bodySeen |= kind == Layout.Kind.BODY && line.length() >= 8;
			LocalDate date = DateWords.fullDate(line);
			if (date != null && kind == Layout.Kind.SIGNATURE) {
				signatureDate = date;
			}
			if (date != null && publishedDate == null && kind != Layout.Kind.BODY) {
				publishedDate = date;
			}
			Matcher number = DOCUMENT_NUMBER.matcher(line);
			if (year == null && number.find() && number.group(1) != null) {
				year = Integer.valueOf(number.group(1));
			}
			lines.add(new Layout.Line(span[0], span[1], kind));
		}
		LocalDate documentDate = signatureDate != null ? signatureDate : publishedDate;
		return new Layout(lines, addressees, documentDate,
				year != null ? year : documentDate != null ? Integer.valueOf(documentDate.getYear()) : null);
	}

	private Layout.Kind kind(String line, boolean bodySeen, boolean chromeBlock) {
		if (line.isEmpty()) {
			return Layout.Kind.CHROME;
		}
		boolean sentence = containsAny(line, "。；;！？!?") || line.chars().filter(c -> c == ',' || c == '，').count() >= 2;
		boolean han = line.chars().anyMatch(c -> Characters.isHan((char) c));
		if (!han || CHROME_ANYWHERE.matcher(line).find() || (line.length() < 60
				&& !containsAny(line.substring(0, line.length() - 1), "。；;！？!?") && CHROME_SHORT.matcher(line).find())
				|| menu(line)) {
			return Layout.Kind.CHROME;
		}
		if (DateWords.fullDate(line) != null && line.length() <= 24 && !sentence) {
			return Layout.Kind.SIGNATURE;
		}
		if (DOCUMENT_NUMBER.matcher(line).find() && line.length() <= 80 && !sentence) {
			return Layout.Kind.NUMBER;
		}
		if (SALUTATION.matcher(line).find()) {
			return Layout.Kind.SALUTATION;
		}
		if ((line.endsWith(":") || line.endsWith("：")) && line.length() <= 120 && !line.contains("。")
				&& addresseeLine(line)) {
			return Layout.Kind.ADDRESSEE;
		}
		if (BYLINE.matcher(line).find() && line.length() <= 40 && !sentence) {
			return Layout.Kind.BYLINE;
		}
		if (Cues.labelled(line)) {
			return Layout.Kind.BODY;
		}
		boolean marker = MARKER_START.matcher(line).find();
		if (!marker && !sentence && !line.endsWith(":") && !line.endsWith("：")) {
			boolean modal = Lexicon.MODAL.matcher(line).find();
			if (line.length() <= 40 && (!bodySeen || !modal || line.length() < 8)) {
				return bodySeen ? Layout.Kind.SIGNATURE : Layout.Kind.TITLE;
			}
			if (TITLE_WORDS.matcher(line).find() && line.length() <= 90) {
				return Layout.Kind.TITLE;
			}
		}
		return Layout.Kind.BODY;
	}

	/** 各县(市、区)安委会，市直有关部门： — a line made of parties, ending in a colon. */
	private boolean addresseeLine(String line) {
		int at = this.text.indexOf(line);
		if (at < 0) {
			return false;
		}
		List<Party> parties = new PartyGrammar(this.text, this.directory).list(at, at + line.length() - 1);
		int covered = parties.stream().mapToInt(p -> p.end() - p.start()).sum();
		return !parties.isEmpty() && covered * 10 >= (line.length() - 1) * 6;
	}

	private int lastColon(int[] span) {
		int end = span[1];
		while (end > span[0] && (Character.isWhitespace(this.text.charAt(end - 1)) || this.text.charAt(end - 1) == ':'
				|| this.text.charAt(end - 1) == '：')) {
			end--;
		}
		return end;
	}

	private static boolean containsAny(String line, String chars) {
		for (int i = 0; i < line.length(); i++) {
			if (chars.indexOf(line.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Runs of short words separated by spaces or bars: a site menu or breadcrumb. */
	private static boolean menu(String line) {
		if (containsAny(line, "，,。；;")) {
			return false;
		}
		String[] words = line.split("[\\s|｜>»·/]+");
		if (words.length < 3) {
			return false;
		}
		for (String word : words) {
			if (word.length() > 10) {
				return false;
			}
		}
		return true;
	}

	private List<int[]> lineSpans() {
		List<int[]> spans = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= this.text.length(); i++) {
			if (i == this.text.length() || this.text.charAt(i) == '\n') {
				spans.add(new int[] { start, i });
				start = i + 1;
			}
		}
		return spans;
	}

	static @Nullable Integer yearOf(@Nullable LocalDate date) {
		return date == null ? null : date.getYear();
	}

}
