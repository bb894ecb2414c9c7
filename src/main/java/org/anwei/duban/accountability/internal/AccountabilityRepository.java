package org.anwei.duban.accountability.internal;

import java.time.LocalDate;
import java.util.List;

import org.anwei.duban.accountability.AccountabilityKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AccountabilityRepository
		extends JpaRepository<AccountabilityRecord, Long>, JpaSpecificationExecutor<AccountabilityRecord> {

	/** Department id and number of records of other kinds than the one left out. */
	@Query("""
			select r.departmentId, count(r) from AccountabilityRecord r
			where r.date between :from and :to and r.kind <> :leftOut
			group by r.departmentId
			""")
	List<Object[]> countActionsByDepartment(LocalDate from, LocalDate to, AccountabilityKind leftOut);

}
