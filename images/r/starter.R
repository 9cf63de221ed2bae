tokens <- scan(file("stdin"), what = "", quiet = TRUE)

