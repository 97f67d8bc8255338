## What the kiosk says happened, by the door the service really reaches
## (its channel in assets/catalogue.toml) and what came of it. The page,
## the receipt and the voice use these words and no others: never claim an
## office received something unless its door answered.
##
## Each message pair: `channel-<channel>-<claim>-title` (a heading) and
## `-status` (one or two sentences).

## comune: the Comune di Arezzo's own services, through its gateway.

channel-comune-sent-title = Comune-এ পাঠানো হয়েছে
# Variables: $agency_reference (string)
channel-comune-sent-status = Comune di Arezzo (Arezzo পৌরসভা)-র সিস্টেম আবেদনটি পেয়েছে। Comune-এর নম্বর: { $agency_reference }।
channel-comune-queued-title = কিয়স্কে সংরক্ষিত
channel-comune-queued-status = আবেদনটি কিয়স্কে সংরক্ষিত আছে, আর Comune-এর সিস্টেম সাড়া দিলেই সেখানে যাবে। Comune এখনও এটি পায়নি। আপনাকে কিছু করতে হবে না: কোনো সমস্যা হলে কাউন্টার থেকে আপনাকে ডাকা হবে।

## pagopa: a booking at the agency's gateway, with its ticket paid through pagoPA.

channel-pagopa-sent-title = বুকিং হয়েছে
# Variables: $agency_reference (string)
channel-pagopa-sent-status = Azienda USL-এর CUP (বুকিং কেন্দ্র) বুকিংটি নথিভুক্ত করেছে। CUP নম্বর: { $agency_reference }। যদি ticket (ফি) থাকে, তা pagoPA নোটিশ দিয়ে দিতে হয়: ব্যাংকে, পোস্ট অফিসে, তামাকের দোকানে (tabaccheria) বা অ্যাপ দিয়ে।
channel-pagopa-queued-title = কিয়স্কে সংরক্ষিত
channel-pagopa-queued-status = আবেদনটি কিয়স্কে সংরক্ষিত আছে, আর CUP সাড়া দিলেই সেখানে যাবে। এটি এখনও বুকিং নয়: সময়টি আর খালি না থাকলে কাউন্টার থেকে আপনাকে ডাকা হবে।

## The ticket's pagoPA notice, checked with the platform before it is printed.

pagopa-title = যে ticket দিতে হবে (pagoPA)
pagopa-checking = pagoPA-র সাথে পেমেন্টের নোটিশ যাচাই করা হচ্ছে…
pagopa-amount = টাকার পরিমাণ
pagopa-due = যে তারিখের মধ্যে দিতে হবে
pagopa-state-payable = নোটিশটি বৈধ: আপনি এখনই ফোন দিয়ে টাকা দিতে পারেন, অথবা প্রিন্ট করা নোটিশ দিয়ে ব্যাংকে, পোস্ট অফিসে, তামাকের দোকানে (tabaccheria) বা app IO দিয়ে।
pagopa-state-overdue = শেষ তারিখ পার হয়ে গেছে, তবে নোটিশটির টাকা এখনও দেওয়া যায়।
pagopa-state-paid = এই নোটিশের টাকা আগেই দেওয়া হয়েছে বলে দেখা যাচ্ছে: আবার দেবেন না।
pagopa-state-expired = এই নোটিশের মেয়াদ শেষ হয়ে গেছে, এর টাকা আর দেওয়া যাবে না: আমরা এটি প্রিন্ট করছি না। ticket কীভাবে দেবেন, তা CUP কাউন্টারে জিজ্ঞেস করুন।
pagopa-state-invalid = Azienda USL এই নোটিশটি বাতিল করেছে: আমরা এটি প্রিন্ট করছি না। CUP কাউন্টারে জিজ্ঞেস করুন।
pagopa-unknown = pagoPA এই নোটিশটি চেনে না: আমরা এটি প্রিন্ট করছি না। ticket কীভাবে দেবেন, তা CUP কাউন্টারে জিজ্ঞেস করুন।
pagopa-unreachable = এই মুহূর্তে আমরা pagoPA-র সাথে নোটিশটি যাচাই করতে পারছি না, তাই এটি প্রিন্ট করছি না। বুকিং বৈধ থাকছে: ticket কীভাবে দেবেন, তা কাউন্টারে জিজ্ঞেস করুন।
pagopa-not-verified = আমরা pagoPA-র সাথে নোটিশটি যাচাই করতে পারিনি, তাই এটি প্রিন্ট করছি না। বুকিং বৈধ থাকছে: ticket কীভাবে দেবেন, তা কাউন্টারে জিজ্ঞেস করুন।
pagopa-pay-now = এখনই ফোন দিয়ে টাকা দিতে এই কোডটি স্ক্যান করুন: pagoPA-র পেমেন্টের পাতা খুলে যাবে।

## portal: only a portal with the person's own SPID or CIE can finish it.

channel-portal-prepared-title = পোর্টালের জন্য প্রস্তুত
channel-portal-prepared-status = আমরা কিছুই পাঠাইনি। এই আবেদন শুধু পোর্টালে করা যায়, আপনার SPID বা CIE দিয়ে। কাগজে ঠিকানা, কীভাবে ঢুকবেন আর আপনার উত্তরগুলো আছে: আপনি বাড়িতে করতে পারেন, অথবা এখানে একজন অপারেটরের সাথে।
channel-portal-sent-title = কাউন্টারের কাছে আপনার উত্তরগুলো আছে
# Variables: $agency_reference (string)
channel-portal-sent-status = সহায়তা কাউন্টার আপনার উত্তরগুলো পেয়েছে (নম্বর { $agency_reference })। একজন অপারেটর আপনার সাথে পোর্টালে আবেদনটি করবেন, আপনার SPID বা CIE দিয়ে। অফিস এখনও কিছুই পায়নি।
channel-portal-queued-title = কাউন্টারের জন্য সংরক্ষিত
channel-portal-queued-status = আপনার উত্তরগুলো কিয়স্কে সংরক্ষিত আছে, আর Comune-এর সিস্টেম সাড়া দিলেই সহায়তা কাউন্টারে যাবে। অফিস এখনও কিছুই পায়নি: আবেদনটি পোর্টালে করতে হয়।

## public-page: a public web page read for the person.

channel-public-page-answered-title = Polizia di Stato-র পাতার উত্তর
channel-public-page-answered-status = Polizia di Stato (রাষ্ট্রীয় পুলিশ)-র পাবলিক ওয়েব পাতা এখন আপনার নম্বরের জন্য এটাই বলছে। কিয়স্ক কোনো আবেদন পাঠায়নি।

## catalogue: a list the Comune or the Region publishes.

channel-catalogue-answered-title = প্রকাশিত তালিকা থেকে
channel-catalogue-answered-status = এই তথ্য অফিসের প্রকাশ করা তালিকা থেকে এসেছে। কিয়স্ক কোনো আবেদন পাঠায়নি: নাম লেখাতে বা আবেদন করতে বিস্তারিত অংশে যা লেখা আছে তা মেনে চলুন।

## The portals (assets/portals.toml) and the ways to log in.

portal-name-ali = Portale Servizi ALI (স্বরাষ্ট্র মন্ত্রণালয়)
portal-name-testitaliano = Test di italiano (ইতালীয় ভাষার পরীক্ষা, স্বরাষ্ট্র মন্ত্রণালয়)
portal-name-unica = Unica (শিক্ষা ও মেধা মন্ত্রণালয়)
portal-login-title = পোর্টালে কীভাবে ঢুকবেন
portal-login-spid = SPID দিয়ে: আপনার প্রদানকারী বেছে নিন এবং ফোনে তাদের অ্যাপ দিয়ে নিশ্চিত করুন।
portal-login-cie-app = CIE আর CieID অ্যাপ দিয়ে: অ্যাপটি কার্ড পড়ে এবং পর্দার QR কোড স্ক্যান করে।
portal-login-cie-reader = কাউন্টারের কার্ড রিডারে CIE দিয়ে: কার্ডের PIN লাগবে।
portal-login-cns = Carta Nazionale dei Servizi (চালু করা স্বাস্থ্য কার্ড) আর একটি কার্ড রিডার দিয়ে।
portal-login-eidas = ইউরোপীয় ইউনিয়নের অন্য কোনো দেশের ডিজিটাল পরিচয় দিয়ে (eIDAS)।

## The hand-off to the help desk, offered after the sheet is printed.

# The kiosk keeps the answers as long as any finished request (kiosk-config
# storage.retention_days), then deletes them.
# Variables: $days (number)
portal-hand-off-note = আপনি কি এখানে একজন অপারেটরের সাথে এটি করতে চান? আপনার উত্তরগুলো Comune-এর সহায়তা কাউন্টারে যাবে। কিয়স্ক সেগুলো { $days ->
       *[other] { $days } দিন পরে
    } মুছে ফেলে।
portal-hand-off = কাউন্টারকে আমার সাথে এটি করে দিতে বলুন
check-send-portal = পোর্টালের জন্য কাগজ তৈরি করুন
print-portal = পোর্টালের জন্য কাগজ প্রিন্ট করুন

## The "continue on the portal" sheet.

doc-portal-title = পোর্টালে চালিয়ে যান
doc-portal-nothing-sent = এই কাগজটি আবেদন নয়: কিয়স্ক অফিসে কিছুই পাঠায়নি। আবেদনটি পোর্টালে করতে হয়, আপনার ডিজিটাল পরিচয় দিয়ে।
doc-portal-ready = কী কী তৈরি রাখবেন
doc-portal-answers = আপনার উত্তরগুলো, পোর্টালে সেগুলোর যে নাম আছে সেই নামসহ
