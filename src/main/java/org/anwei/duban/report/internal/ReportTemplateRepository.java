package org.anwei.duban.report.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportTemplateRepository extends JpaRepository<ReportTemplate, Long> {

	Optional<ReportTemplate> findFirstByOrderByIdDesc();

}
