' greet.bas: a sample covering the highlighting rules
REM a whole-line comment
PARAM name AS STRING LIKE "Ana" DESCRIPTION "Who to greet"
DESCRIPTION "Greets a user"
SET SCHEDULE "59 * * * *"
USE KB "faq"
IF name = "" THEN
  TALK "Hello!"  ' trailing comment
ELSEIF LEN(name) > 10 AND NOT done THEN
  TALK "Hi \"" + name + """"
ELSE
  x = 0x1F + 1_000 + 1.5e3 // rhai comment
END IF
HEAR answer AS EMAIL
SET BOT MEMORY "k", answer
ADD SUGGESTION "help" AS "What can you do?"
FOR EACH item IN list
  SAVE "t.csv", item
NEXT item
start:
BEGIN TALK
  Hello ${name}, welcome
END TALK
msg = `line ${a} and`
/* block
   comment */ WAIT 5
raw = #"C:\path"#
DO WHILE n <> 3
LOOP
