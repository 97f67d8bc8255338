## The operator's screens: PIN pad, outbox, health, statistics. Reached by
## holding a finger on the top-left corner for three seconds.

pin-title = অপারেটরের প্রবেশ
pin-hint = অপারেটরের PIN লিখুন।
pin-enter = প্রবেশ
pin-cancel = বাতিল
pin-delete = মুছুন
pin-checking = PIN যাচাই করা হচ্ছে…
# Variables: $left (number)
pin-wrong =
    { $left ->
        [one] ভুল PIN। আর { $left } বার চেষ্টা করা যাবে, তারপর প্রবেশ বন্ধ হবে।
       *[other] ভুল PIN। আর { $left } বার চেষ্টা করা যাবে, তারপর প্রবেশ বন্ধ হবে।
    }
# Variables: $seconds (number)
pin-locked =
    { $seconds ->
        [one] অনেকবার ভুল PIN: { $seconds } সেকেন্ড পরে আবার চেষ্টা করুন।
       *[other] অনেকবার ভুল PIN: { $seconds } সেকেন্ড পরে আবার চেষ্টা করুন।
    }

operator-title = অপারেটর
operator-assisted = সহায়তাসহ সেশন শুরু করুন
operator-close = প্যানেল বন্ধ করুন
operator-leave-kiosk = কিয়স্ক থেকে বেরোন (রক্ষণাবেক্ষণ)
operator-outbox = পাঠানোর অপেক্ষায় আবেদন
operator-health = কিয়স্কের অবস্থা
operator-statistics = পরিসংখ্যান
operator-export = মাসের CSV রপ্তানি করুন
# Variables: $file (string)
operator-exported = { $file }-এ সংরক্ষিত
operator-export-failed = CSV সংরক্ষণ করা যাচ্ছে না: ডিস্কের জায়গা দেখুন।
operator-refresh = হালনাগাদ

outbox-empty = পাঠানোর অপেক্ষায় কোনো আবেদন নেই।
outbox-reference = নম্বর
outbox-service = সেবা
outbox-state = অবস্থা
outbox-age = কত আগে
outbox-attempts = চেষ্টা
outbox-error = শেষ ত্রুটি
outbox-retry = এখন আবার চেষ্টা করুন
outbox-cancel = বাতিল…
outbox-reprint = রসিদ আবার ছাপুন
outbox-cancel-question = আপনি এই আবেদন কেন বাতিল করছেন?
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    }

health-printer = প্রিন্টার
health-printer-ok = প্রস্তুত
health-disk = ডিস্কে খালি জায়গা
health-queue = এখনও পৌঁছায়নি এমন আবেদন
# Variables: $minutes (number)
health-oldest = সবচেয়ে পুরোনোটি { $minutes } মিনিট ধরে অপেক্ষা করছে
health-metrics = Prometheus মেট্রিক্স
health-metrics-off = বন্ধ (ঠিকানা ব্যস্ত বা অবৈধ)
health-training = প্রশিক্ষণ মোড চালু: অফিসে কিছু যায় না, কিছু গোনা হয় না।

stats-today = আজ
stats-week = গত 7 দিন
stats-month = গত 30 দিন
stats-service = সেবা
stats-language = ভাষা
stats-mode = ধরন
stats-started = শুরু
stats-completed = সম্পন্ন
stats-rate = সম্পন্নের হার
stats-median = মধ্যমা সময়
stats-gave-up = কোথায় ছেড়ে দেন
stats-none = এই সময়ে কোনো তথ্য নেই।
stats-mode-self = একা
stats-mode-assisted = সহায়তাসহ
