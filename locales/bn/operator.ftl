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
operator-hand-offs = পোর্টালে করতে হবে
operator-health = কিয়স্কের অবস্থা
operator-statistics = পরিসংখ্যান
operator-training = প্রশিক্ষণ
operator-attention = আপনার হস্তক্ষেপ দরকার:
operator-export = মাসের CSV রপ্তানি করুন
# Variables: $file (string)
operator-exported = { $file }-এ সংরক্ষিত
# Variables: $file (string)
operator-exported-usb = USB স্টিকে সংরক্ষিত: { $file }
# Variables: $file (string)
operator-exported-no-usb = কোনো USB স্টিক লাগানো নেই: { $file }-এ সংরক্ষিত
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
outbox-error-unreachable = অফিস সাড়া দিচ্ছে না
outbox-error-rate-limited = অফিস অপেক্ষা করতে বলছে
outbox-error-malformed = অবৈধ উত্তর
outbox-error-unknown-operation = অজানা কাজ
outbox-error-unreadable-payload = তথ্য পড়া যাচ্ছে না
outbox-error-refused = প্রত্যাখ্যাত
# Variables: $code (string)
outbox-error-refused-code = প্রত্যাখ্যাত ({ $code })
# Variables: $minutes (number)
outbox-minutes =
    { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    }

# Variables: $queue (string), $state (string)
health-printer-line = প্রিন্টার “{ $queue }”: { $state }
health-printer-ok = প্রস্তুত
# Variables: $mib (number)
health-disk-line = ডিস্কে খালি জায়গা: { $mib } MiB
# Variables: $count (number)
health-queue-line = এখনও পৌঁছায়নি এমন আবেদন: { $count }
# Variables: $minutes (number)
health-oldest = সবচেয়ে পুরোনোটি { $minutes } মিনিট ধরে অপেক্ষা করছে
# Variables: $address (string)
health-metrics-line = Prometheus মেট্রিক্স: { $address }
health-metrics-off = Prometheus মেট্রিক্স: বন্ধ (ঠিকানা ব্যস্ত বা অবৈধ)
health-speech-ready = কণ্ঠস্বর: সব ভাষায় প্রস্তুত
health-speech-checking = কণ্ঠস্বর: যাচাই চলছে…
# Variables: $languages (string)
health-speech-missing = কণ্ঠস্বর: { $languages }-এর কণ্ঠ নেই (espeak-ng প্যাকেজ)
speech-problem-disabled = কণ্ঠস্বর: কনফিগারেশনে বন্ধ করা
speech-problem-no-program = কণ্ঠস্বর: espeak-ng ইনস্টল করা নেই, “শুনুন” বোতাম দেখা যায় না
speech-problem-no-player = কণ্ঠস্বর: aplay (alsa-utils প্যাকেজ) ইনস্টল করা নেই, “শুনুন” বোতাম দেখা যায় না
# Variables: $detail (string)
speech-problem-no-audio = কণ্ঠস্বর: অডিও ডিভাইস খোলা যাচ্ছে না ({ $detail }), “শুনুন” বোতাম দেখা যায় না
# A service's data (catalogue, flow, portal form) is broken: it is not offered.
# Variables: $service (string), $detail (string)
health-service-disabled = সেবা বন্ধ করা হয়েছে, এর তথ্য অবৈধ: { $service } ({ $detail })
# The Italian labels on the "continue on the portal" sheet were written from
# the published instructions, not read on the live portal.
# Variables: $services (string)
health-portal-labels-unconfirmed = পোর্টালের লেবেল যাচাই করতে হবে (পোর্টালের সাথে মিলিয়ে দেখুন এবং assets/portals.toml-এ confirmed = true লিখুন): { $services }
health-agencies = অফিস
# Variables: $agency (string), $state (string)
health-agency-line = { $agency }: { $state }
# Variables: $minutes (number)
health-agency-last =
    { $minutes ->
        [one] শেষ উত্তর { $minutes } মিনিট আগে
       *[other] শেষ উত্তর { $minutes } মিনিট আগে
    }
agency-state-unknown = এখনও কোনো যোগাযোগ হয়নি
agency-state-up = সাড়া দিচ্ছে
agency-state-slow = ধীরে সাড়া দিচ্ছে
agency-state-down = সাড়া দিচ্ছে না
agency-state-circuit-open = অনেক ত্রুটির পরে পাঠানো স্থগিত; একটু পরে নিজে থেকেই আবার চেষ্টা হবে

# Variables: $count (number)
attention-needs-operator =
    { $count ->
        [one] { $count }টি আবেদন আপনার সিদ্ধান্তের অপেক্ষায় (পাঠানোর অপেক্ষায় আবেদন)
       *[other] { $count }টি আবেদন আপনার সিদ্ধান্তের অপেক্ষায় (পাঠানোর অপেক্ষায় আবেদন)
    }
# Variables: $mib (number)
attention-disk = ডিস্কে খালি জায়গা কম: { $mib } MiB

## The agencies' own names: proper names, the same in every language.
agency-name-comune-arezzo = Comune di Arezzo
agency-name-polizia-di-stato = Polizia di Stato
agency-name-prefettura = Prefettura di Arezzo
agency-name-ministero-istruzione = Ministero dell'Istruzione e del Merito
agency-name-biblioteca-arezzo = Biblioteca Città di Arezzo
agency-name-regione-toscana = Regione Toscana
agency-name-usl-toscana-sud-est = USL Toscana Sud Est

training-off = কিয়স্ক আসল অফিসগুলোর সঙ্গে কাজ করছে।
training-on = প্রশিক্ষণ মোড: সবকিছু সিমুলেটরে যায়, নথিগুলো নমুনা, কিছু গোনা হয় না। আসল আবেদনগুলো পাঠানো চলতেই থাকে।
training-from-config = প্রশিক্ষণ কিয়স্কের কনফিগারেশনে ঠিক করা আছে (প্রশিক্ষণ কক্ষ)।
training-start = প্রশিক্ষণ শুরু করুন
training-stop = আসল সেবায় ফিরুন
training-failed = প্রশিক্ষণ শুরু করা যাচ্ছে না: সিমুলেটর চালু হচ্ছে না (লগ দেখুন)।
training-faults = অফিসগুলোতে কৃত্রিম ত্রুটি
training-faults-hint = কঠিন দিনের অনুশীলনের জন্য প্রতিটি অফিস কীভাবে সাড়া দেবে তা বেছে নিন।
fault-normal = স্বাভাবিক
fault-slow = ধীর
fault-errors = ত্রুটি
fault-down = বন্ধ
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

## Hand-offs: applications prepared for a portal that people asked the help
## desk to finish with them.

hand-offs-empty = কাউন্টারে রেখে যাওয়া কোনো আবেদন নেই।
hand-off-open = খুলুন
hand-off-close = বন্ধ করুন এবং পর্দা থেকে সরান
hand-off-answers = উত্তরগুলো, পোর্টালের লেবেলসহ: ব্যক্তির সাথে মিলে সেগুলো লিখুন; তিনি নিজের SPID বা CIE দিয়ে ঢুকবেন।
hand-off-gone = এই আবেদনের উত্তরগুলো আর নেই (সংরক্ষণের সময় শেষ হওয়ার পরে মুছে ফেলা হয়েছে)।
