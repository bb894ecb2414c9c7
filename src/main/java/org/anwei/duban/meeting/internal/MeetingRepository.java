package org.anwei.duban.meeting.internal;

import java.time.LocalDate;
import java.util.List;

import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.meeting.MeetingListItem;
import org.anwei.duban.meeting.MeetingStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	String FILTER = """
			where (:text is null or lower(m.title) like :text or lower(coalesce(m.chair, '')) like :text)
			  and (:dateFrom is null or m.date >= :dateFrom)
			  and (:dateTo is null or m.date <= :dateTo)
			  and (:level is null or m.level = :level)
			  and (:kind is null or m.kind = :kind)
			  and (:status is null or m.status = :status)
			""";

	@Query("select new org.anwei.duban.meeting.MeetingListItem(m.id, m.title, m.date, m.level, m.kind, m.chair, m.status) from Meeting m "
			+ FILTER)
	List<MeetingListItem> findListItems(@Param("text") @Nullable String text,
			@Param("dateFrom") @Nullable LocalDate from, @Param("dateTo") @Nullable LocalDate to,
			@Param("level") @Nullable MeetingLevel level, @Param("kind") @Nullable MeetingKind kind,
			@Param("status") @Nullable MeetingStatus status, Pageable pageable);

	@Query("select count(m) from Meeting m " + FILTER)
	long countListItems(@Param("text") @Nullable String text, @Param("dateFrom") @Nullable LocalDate from,
			@Param("dateTo") @Nullable LocalDate to, @Param("level") @Nullable MeetingLevel level,
			@Param("kind") @Nullable MeetingKind kind, @Param("status") @Nullable MeetingStatus status);

}
