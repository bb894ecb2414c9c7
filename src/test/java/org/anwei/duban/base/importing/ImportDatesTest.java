package org.anwei.duban.base.importing;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDatesTest {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-30", "2026/11/30", "2026.11.30", "2026年11月30日", "2026年11月30",
			" 2026 年 11 月 30 日 ", "2026-11-30 00:00:00", "46356", "46356.0", "2026／11／30" })
	void the_forms_people_type_read_as_the_same_day(String text) {
		assertThat(ImportDates.parse(text)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-45", "2026-02-30", "11/30/2026", "明天", "123", "20261130", "" })
	void anything_else_is_not_a_date(String text) {
		assertThat(ImportDates.parse(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-1-5", "2026/1/5", "2026年1月5日" })
	void single_digit_months_and_days(String text) {
		assertThat(ImportDates.parse(text)).isEqualTo(LocalDate.of(2026, 1, 5));
	}

}
