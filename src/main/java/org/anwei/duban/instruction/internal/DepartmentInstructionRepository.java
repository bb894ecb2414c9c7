package org.anwei.duban.instruction.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentInstructionRepository extends JpaRepository<DepartmentInstruction, Long> {

	@Query("select i from DepartmentInstruction i order by i.createdAt desc, i.id desc")
	List<DepartmentInstruction> newest(Pageable page);

	@Query("""
			select i from DepartmentInstruction i where i.departmentId in :departments
			order by i.createdAt desc, i.id desc
			""")
	List<DepartmentInstruction> newestOf(Collection<Long> departments, Pageable page);

}
