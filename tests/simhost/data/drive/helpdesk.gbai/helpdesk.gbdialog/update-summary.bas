SET SCHEDULE "59 * * * *"

tickets = FIND "tickets.csv", "status=open"
summary = LLM "Summarize these open tickets in three lines: " + tickets
SET BOT MEMORY "open_ticket_summary", summary
