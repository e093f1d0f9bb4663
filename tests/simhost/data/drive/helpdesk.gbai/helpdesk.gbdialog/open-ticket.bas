PARAM subject AS STRING LIKE "No network on floor 3" DESCRIPTION "Short summary"
DESCRIPTION "Old ticket tool, replaced by create-ticket"

IF subject = "" THEN
  TALK "Please describe the problem."
  HEAR subject

TALK "Ticket noted: " + subject
