package org.anwei.duban.report.internal;

import java.util.List;
import java.util.Optional;

import org.anwei.duban.report.MonthlyReportSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MonthlyReportRepository extends JpaRepository<MonthlyReport, Long> {

	Optional<MonthlyReport> findByMonth(String month);

	@Query("select coalesce(max(r.number), 0) from MonthlyReport r where r.year = :year")
	int lastNumber(@Param("year") int year);

	/** The reports without their files, newest month first. */
	@Query("""
			select new org.anwei.duban.report.MonthlyReportSummary(r.id, r.version, r.month, r.documentNumber, r.state,
			  r.draftedAt, r.draftedBy, r.issuedAt, r.issuedBy)
			from MonthlyReport r order by r.month desc""")
	List<MonthlyReportSummary> summaries();

	/** One report without its files. */
	@Query("""
			select new org.anwei.duban.report.MonthlyReportSummary(r.id, r.version, r.month, r.documentNumber, r.state,
			  r.draftedAt, r.draftedBy, r.issuedAt, r.issuedBy)
			from MonthlyReport r where r.id = :id""")
	Optional<MonthlyReportSummary> summary(@Param("id") long id);

}
