package dev.steward.api.inspection;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.util.UUID;

/**
 * Who may do what in quality supervision: administrators write rubrics; quality supervisors (品质督导) and managers
 * inspect and re-inspect; every member of a project reads its submitted inspections and its rectifications (drafts
 * only the inspecting roles); technicians do rectification orders as any other work order.
 */
final class InspectionRoles {

    private InspectionRoles() {}

    static void requireTemplateAdmin(Caller caller, String action) {
        caller.requireRole(action, Role.ADMIN);
    }

    static boolean inspects(Caller caller) {
        return caller.hasAny(Role.ADMIN, Role.MANAGER, Role.QUALITY_SUPERVISOR);
    }

    /** The projects a list or report covers: the caller's, or the one asked for (another project: 404). */
    static UUID[] scope(Caller caller, UUID projectId) {
        if (projectId == null) {
            return caller.projectIdArray();
        }
        caller.requireProject(projectId, "project");
        return new UUID[] {projectId};
    }

    static void requireInspector(Caller caller, String action) {
        caller.requireRole(action, Role.ADMIN, Role.MANAGER, Role.QUALITY_SUPERVISOR);
    }
}
