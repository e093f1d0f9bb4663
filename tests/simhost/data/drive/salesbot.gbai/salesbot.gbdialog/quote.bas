PARAM company AS STRING LIKE "Acme Ltd" DESCRIPTION "Customer company"
PARAM seats AS INTEGER LIKE "25" DESCRIPTION "Number of users"
DESCRIPTION "Prepares a price quote"

price = 25
IF seats > 100 THEN
  price = 20
END IF
total = seats * price
SAVE "quotes.csv", company, seats, total
TALK "Quote for " + company + ": " + total + " EUR per month"
