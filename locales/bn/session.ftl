## The pages of a session: the bar on every page, the questions, the check
## page, sending, the confirmation, look-up results, printing, the idle
## warning and the on-screen keyboard. Short words: they go on buttons.

## The bar at the top of every page.

training-ribbon = প্রশিক্ষণ — অনুশীলন: অফিসে কিছুই পাঠানো হয় না, কাগজগুলো শুধু নমুনা।

bar-call-operator = অপারেটরকে ডাকুন
# Shown only when the help desk's device confirmed it received the call.
bar-operator-called = আমরা কাউন্টারে জানিয়েছি: একজন অপারেটর যত তাড়াতাড়ি পারেন আসবেন। এখানেই থাকুন।
bar-operator-calling = কাউন্টারে জানানো হচ্ছে…
# The call could not be sent (no notification set up, or it failed): say so.
bar-operator-go-to-desk = এখান থেকে কাউন্টারে জানানো যাচ্ছে না। কাউন্টারে যান অথবা হাত তুলুন: একজন অপারেটর আপনাকে সাহায্য করবেন।
bar-operator-cancel = কল বাতিল করুন
bar-text-size = বড় লেখা
bar-text-size-reset = সাধারণ লেখা
bar-contrast-high = বেশি কনট্রাস্ট
bar-contrast-normal = সাধারণ কনট্রাস্ট
bar-listen = শুনুন
bar-listen-stop = কণ্ঠস্বর থামান
bar-auto-read-on = প্রতিটি পাতা পড়ুন
bar-auto-read-off = পড়া বন্ধ করুন
# Read aloud instead of the reference number when the sound is on a loudspeaker.
speech-reference-not-read = আপনার আবেদনের নম্বর পর্দায় ও রসিদে লেখা আছে। আপনার গোপনীয়তার জন্য আমি এটি জোরে পড়ি না।

## Service introduction.

intro-start = শুরু করুন
intro-print = এই তথ্য প্রিন্ট করুন

## Question pages.

# Variables: $current (number), $total (number)
wizard-progress = { $total }টির মধ্যে { $current } নম্বর প্রশ্ন
wizard-continue = এগিয়ে যান
wizard-back = পিছনে যান
wizard-leave = বেরিয়ে যান
wizard-leave-question = আপনি কি এই সেবা থেকে বেরিয়ে যেতে চান? আপনার দেওয়া উত্তরগুলো মুছে যাবে।
wizard-leave-yes = হ্যাঁ, বেরিয়ে যান
wizard-leave-no = না, থাকুন
wizard-optional = (চাইলে)
wizard-yes = হ্যাঁ
wizard-no = না
wizard-choose-many = আপনি একটির বেশি উত্তর স্পর্শ করতে পারেন।
wizard-type-here = লিখতে এখানে স্পর্শ করুন
wizard-suggestions = সঠিক নামটি স্পর্শ করুন:
wizard-no-suggestion = কোনো নাম পাওয়া যায়নি: প্রথম অক্ষরগুলো দেখে নিন।
wizard-asking = অফিসকে জিজ্ঞেস করা হচ্ছে…
wizard-try-again = আবার চেষ্টা করুন
# Variables: $number (number)
wizard-person = ব্যক্তি { $number }
wizard-add-another-yes = হ্যাঁ, আরও একজন যোগ করুন
wizard-add-another-no = না, এগিয়ে যান
wizard-ended-finish = আমার কাজ শেষ
wizard-ended-services = সেবার তালিকায় ফিরে যান

## The error summary at the top of a page (GOV.UK pattern).

error-summary-title = একটি সমস্যা আছে
error-summary-hint = লাল দিয়ে চিহ্নিত জায়গাগুলো ঠিক করুন। আপনি যা লিখেছেন তা এখনও আছে।
# Variables: $field (string), $problem (string)
error-summary-item = { $field }: { $problem }

## Check your answers.

check-title = আপনার উত্তরগুলো দেখে নিন
check-hint = কিছু ভুল থাকলে “বদলান” স্পর্শ করুন।
check-change = বদলান
check-not-provided = দেওয়া হয়নি
check-send-application = আবেদন পাঠান
check-send-status = এখনই দেখুন
check-send-item = বিস্তারিত দেখুন

## Sending and waiting.

sending-title = আবেদন পাঠানো হচ্ছে…
asking-title = অফিসকে জিজ্ঞেস করা হচ্ছে…
# Variables: $seconds (number)
sending-elapsed =
    { $seconds ->
       *[other] { $seconds } সেকেন্ড পার হয়েছে।
    }
sending-saved = আবেদনটি কিয়স্কে সংরক্ষিত আছে: এটি হারাবে না।
sending-continue = অপেক্ষা করবেন না: এগিয়ে যান
asking-cancel = বাতিল করুন

## Confirmation.

confirm-reference = আপনার আবেদনের নম্বর
confirm-keep = রসিদটি রেখে দিন: এই নম্বর দিয়ে আপনি জানতে পারবেন আবেদন কোন পর্যায়ে আছে।
confirm-finish = আমার কাজ শেষ
confirm-home = অন্য একটি সেবা

## Results of a look-up.

result-not-answered = আমরা কোনো উত্তর পাইনি

## Printing.

print-receipt = রসিদ প্রিন্ট করুন
print-form = সই করার ফর্ম প্রিন্ট করুন
print-payment = পেমেন্টের নোটিশ প্রিন্ট করুন
print-certificate = সার্টিফিকেট প্রিন্ট করুন
print-item = বিস্তারিত প্রিন্ট করুন
print-where = কোথায় খোঁজ নেবেন, তা প্রিন্ট করুন
print-again = আবার প্রিন্ট করুন
print-printing = প্রিন্ট করা হচ্ছে…
print-done = প্রিন্ট হয়ে গেছে: প্রিন্টার থেকে কাগজটি নিন।

## The idle warning.

idle-title = আপনি কি এখনও আছেন?
# Variables: $seconds (number)
idle-countdown =
    { $seconds ->
       *[other] { $seconds } সেকেন্ড পরে সব মুছে শুরুতে ফিরে যাব।
    }
idle-continue = হ্যাঁ, চালিয়ে যাব

## The on-screen keyboard.

keyboard-space = স্পেস
keyboard-delete = মুছুন
keyboard-clear = সব মুছুন
keyboard-capitals = বড় হাতের অক্ষর
keyboard-other-letters = অন্য অক্ষর
keyboard-hide = কিবোর্ড বন্ধ করুন

## Results: a title for each outcome.

result-refused = অফিস আবেদনটি গ্রহণ করেনি
result-not-found = এই তথ্য দিয়ে কোনো ফলাফল পাওয়া যায়নি
print-result = উত্তর প্রিন্ট করুন

## Formats told before typing; a page that only tells something.

wizard-format-date = দিন, মাস ও বছর সংখ্যায় লিখুন: যেমন 15/03/1990।
wizard-format-name = ল্যাটিন অক্ষরে, পাসপোর্টের মতো।
wizard-note-title = জেনে রাখুন

## Before "I have finished" when a paper did not print.

papers-title = আপনি কি আপনার কাগজগুলো নিয়েছেন?
papers-not-printed = একটি কাগজ প্রিন্ট হয়নি।
papers-what-now = আপনি এটি আবার প্রিন্ট করতে পারেন, অথবা কাউন্টারে সাহায্য চাইতে পারেন। এখন শেষ করলে এই পাতাটি বন্ধ হয়ে যাবে।
papers-finish-anyway = কাগজ ছাড়াই শেষ করুন
papers-back = পাতায় ফিরে যান

## Days of the week (slots are listed by day), Monday first.

weekday-1 = সোমবার
weekday-2 = মঙ্গলবার
weekday-3 = বুধবার
weekday-4 = বৃহস্পতিবার
weekday-5 = শুক্রবার
weekday-6 = শনিবার
weekday-7 = রবিবার
