package org.anwei.duban.directive.extraction;

import java.util.HashMap;
import java.util.Map;

/** Character classes and the small traditional → simplified table the patterns need. */
final class Characters {

	private static final String TRADITIONAL = "實產會議檢查點項勢確範圍責單員導負區縣鄉鎮級門業們關於對開嚴風險險據災應當須務強協調擊違幫總體環節時間機構範層態彙報進這條現發過們將對與處罰傳達監督辦災隱患幹幾爆礦運輸營設備設備個頭組織織場廣電網樣歲訂規劃劃讓還當條並為從來無專";

	private static final String SIMPLIFIED = "实产会议检查点项势确范围责单员导负区县乡镇级门业们关于对开严风险险据灾应当须务强协调击违帮总体环节时间机构范层态汇报进这条现发过们将对与处罚传达监督办灾隐患干几爆矿运输营设备设备个头组织织场广电网样岁订规划划让还当条并为从来无专";

	private static final Map<Character, Character> TO_SIMPLIFIED = new HashMap<>();

	static {
		for (int i = 0; i < Math.min(TRADITIONAL.length(), SIMPLIFIED.length()); i++) {
			TO_SIMPLIFIED.putIfAbsent(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
		}
	}

	private Characters() {
	}

	static char normalize(char ch) {
		if (ch >= '！' && ch <= '～') {
			return (char) (ch - 0xFEE0);
		}
		if (ch == '\u3000') {
			return ' ';
		}
		return TO_SIMPLIFIED.getOrDefault(ch, ch);
	}

	static boolean isHan(char ch) {
		return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
	}

	static boolean isPinyinLetter(char ch) {
		return (ch >= 'a' && ch <= 'z') || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".indexOf(ch) >= 0;
	}

	/** Chinese numerals 一…九十 up to 99, as used in "三是" or "（十一）". */
	static int chineseNumber(String numeral) {
		String digits = "零一二三四五六七八九";
		if (numeral.isEmpty()) {
			return -1;
		}
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return numeral.length() == 1 ? digits.indexOf(numeral.charAt(0)) : -1;
		}
		int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0));
		int ones = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1));
		return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
	}

}
