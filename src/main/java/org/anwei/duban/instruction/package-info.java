/**
 * Leaders' instructions (批示) to a department as a whole: given from the dashboard's
 * ranking, told to the department's liaisons, head and overseeing leaders, and kept as
 * the department's record of instructions (shown on its liaisons' home and on the
 * dashboard). Instructions on one task or hazard stay with that record. Published:
 * {@link org.anwei.duban.instruction.DepartmentInstructions} and
 * {@link org.anwei.duban.instruction.InstructionItem}.
 */
@ApplicationModule(displayName = "Department instructions")
@NullMarked
package org.anwei.duban.instruction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
