PARAM subject AS STRING LIKE "Printer on floor 2 is jammed" DESCRIPTION "Short summary of the problem"
PARAM priority AS STRING LIKE "normal" DESCRIPTION "low, normal or high" OPTIONAL
PARAM email AS EMAIL LIKE "ana@example.com" DESCRIPTION "Who to notify"
DESCRIPTION "Opens a helpdesk ticket and notifies the requester"

IF NOT priority THEN
  priority = "normal"
END IF

WITH ticket
  title = subject
  level = priority
  requester = email
  status = "open"
END WITH

SAVE "tickets.csv", ticket.title, ticket.level, ticket.requester, ticket.status
SET BOT MEMORY "last_ticket", subject

IF priority = "high" THEN
  SEND EMAIL "oncall@example.com", "URGENT: " + subject, "Requested by " + email
ELSE
  SEND EMAIL "helpdesk@example.com", "Ticket: " + subject, "Requested by " + email
END IF

TALK "Ticket created: " + subject + " (" + priority + ")"
