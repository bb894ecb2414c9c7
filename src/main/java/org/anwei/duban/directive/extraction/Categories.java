package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic taxonomy and the words that point to each topic. A directive gets every topic
 * whose words it uses; one that names none is 综合 (general).
 */
final class Categories {

	static final String GENERAL = "综合";

	private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put("道路交通", List.of("道路交通", "交通安全", "酒驾", "超载", "客运", "货车", "驾驶"));
		WORDS.put("建筑施工", List.of("建筑施工", "工地", "脚手架", "起重机械", "深基坑", "在建工程"));
		WORDS.put("危险化学品", List.of("危险化学品", "危化品", "化工", "危化"));
		WORDS.put("消防", List.of("消防", "火灾", "人员密集场所", "防火"));
		WORDS.put("煤矿", List.of("煤矿", "瓦斯", "井下"));
		WORDS.put("非煤矿山", List.of("非煤矿山", "金属和非金属矿山", "尾矿库"));
		WORDS.put("特种设备", List.of("特种设备", "电梯", "锅炉", "压力容器"));
		WORDS.put("燃气", List.of("燃气", "液化气", "天然气"));
		WORDS.put("工贸/粉尘", List.of("工贸", "粉尘", "有限空间", "冶金"));
		WORDS.put("校园", List.of("校园", "学校", "幼儿园"));
		WORDS.put("旅游", List.of("旅游", "景区", "景点"));
		WORDS.put("农机", List.of("农机"));
		WORDS.put("水上交通", List.of("水上交通", "船舶", "渡口", "渔船"));
		WORDS.put("烟花爆竹", List.of("烟花爆竹"));
		WORDS.put("隐患排查", List.of("隐患", "排查", "整治", "大检查"));
		WORDS.put("责任落实", List.of("责任", "落实"));
		WORDS.put("应急值守", List.of("值班", "值守", "应急", "防汛"));
	}

	private Categories() {
	}

	static List<String> of(String clause) {
		List<String> found = new ArrayList<>();
		WORDS.forEach((category, words) -> {
			if (words.stream().anyMatch(clause::contains)) {
				found.add(category);
			}
		});
		return found.isEmpty() ? List.of(GENERAL) : found;
	}

	static List<String> taxonomy() {
		List<String> all = new ArrayList<>(WORDS.keySet());
		all.add(GENERAL);
		return all;
	}

}
