/**
 * How clerks' tasks are handled around the BPMN: the Tasklist filters of every authority (created automatically,
 * readable only by that authority's groups), the case on every task (description and list columns, set by a global
 * task listener), the team lead's rights on all tasks of the authority, absences with a named substitute, and the
 * escalation of overdue tasks to the team lead.
 */
package de.thueringen.antrag.tasks;
