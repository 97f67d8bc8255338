## প্রতিটি সেবার তথ্যের কাগজ ("এই তথ্য প্রিন্ট করুন"): কী লাগবে,
## কত খরচ, কোথায় ও কখন। তথ্য ডিজাইন নোট (DOMAIN.md) থেকে।

info-need = আপনার কী লাগবে
info-cost = কত খরচ
info-where = কোথায় ও কখন

info-certificates-need = যার সনদ, সেই ব্যক্তির ট্যাক্স কোড (codice fiscale)। স্ট্যাম্পসহ সনদের জন্য 16 ইউরোর একটি রাজস্ব স্ট্যাম্প (marca da bollo)।
info-certificates-cost = অনলাইন সনদ বিনা পয়সায় পাওয়া যায়। স্ট্যাম্পসহ সনদের খরচ 16 ইউরো (marca da bollo); জন্ম সনদ ও বিবাহ সনদে কখনো স্ট্যাম্প লাগে না।
info-certificates-where = সঙ্গে সঙ্গে, এখানে কিয়স্কে অথবা ANPR পোর্টালে। সনদটি 6 মাস বৈধ থাকে এবং এটি সরকারি অফিসে দেওয়া হয় না: তাদের জন্য আপনার নিজের ঘোষণাই (autocertificazione) যথেষ্ট।

info-residence-change-need = যারা বাসা বদলাচ্ছেন তাদের প্রত্যেকের একটি পরিচয়পত্র; যারা ইউরোপীয় ইউনিয়নের নাগরিক নন তাদের থাকার পারমিট (permesso di soggiorno) বা পোস্ট অফিসের (Poste) রসিদ; নিবন্ধিত ভাড়ার চুক্তি অথবা বাড়িতে থাকার অধিকারের কাগজ।
info-residence-change-cost = বিনা পয়সায়।
info-residence-change-where = বাসা বদলের 20 দিনের মধ্যে। পৌরসভা (Comune) 2 কর্মদিবসের মধ্যে ঘোষণা নিবন্ধন করে; পৌর পুলিশ (Polizia Municipale) 45 দিনের মধ্যে যাচাই করতে পারে। Comune di Arezzo-র নিবন্ধন অফিস (Ufficio Anagrafe), Piazza Amintore Fanfani।

info-permit-status-need = পোস্ট অফিসের (Poste) রসিদের ফাইল নম্বর (10টি অক্ষর ও অঙ্ক) বা numero assicurata (12টি অঙ্ক)।
info-permit-status-cost = বিনা পয়সায়।
info-permit-status-where = যেকোনো সময়, এখানে অথবা Polizia di Stato-র ওয়েবসাইটে (সবার জন্য খোলা যে ওয়েবপেজটি কিয়স্ক পড়ে)। পারমিট তৈরি হলে Questura (পুলিশ অফিস) আপনাকে একটি SMS পাঠাবে, তাতে এটি নেওয়ার দিন আর জায়গা লেখা থাকবে।

info-family-reunification-need = অন্তত এক বছরের থাকার পারমিট (permesso di soggiorno), গত বছরের আয় (Certificazione Unica বা আয়কর রিটার্ন), বাড়ির চুক্তি ও Comune (পৌরসভা)-র বাসস্থান উপযুক্ততার সার্টিফিকেট (idoneità alloggiativa), পরিবারের সদস্যদের কাগজপত্র।
# Source: Prefetture's immigration FAQ (e.g. Reggio Emilia, read 2026-12):
# one 16 € marca da bollo per application.
info-family-reunification-cost = আবেদনের জন্য 16 ইউরোর একটি রাজস্ব স্ট্যাম্প (marca da bollo) লাগে, যার তথ্য পোর্টালে লিখতে হয়। বাসস্থান উপযুক্ততার সার্টিফিকেট আর কাগজপত্রের অনুবাদে টাকা লাগে।
info-family-reunification-where = আবেদনটি করতে হয় Ministero dell'Interno-র ALI পোর্টালে, আপনার SPID বা CIE দিয়ে: এখানে আপনি এটি প্রস্তুত করেন, আর চাইলে একজন অপারেটর আপনার সাথে এটি করবেন। আবেদনটি Prefettura di Arezzo-র Sportello Unico per l'Immigrazione-এ যায়; তারপর পরিবারের সদস্য ইতালীয় কনস্যুলেটে ভিসা চান।

info-citizenship-status-need = আবেদনের নম্বর (K10…) এবং আপনার জন্মতারিখ।
info-citizenship-status-cost = বিনা পয়সায়।
info-citizenship-status-where = আবেদনের অবস্থা শুধু Ministero dell'Interno-র ALI পোর্টালে দেখা যায়, আপনার SPID বা CIE দিয়ে ঢুকে: এখানে আপনি কাগজটি প্রস্তুত করেন, আর চাইলে একজন অপারেটর আপনার সাথে পোর্টালটি খুলবেন। আইন অনুযায়ী 24 মাসের মধ্যে সিদ্ধান্ত হওয়ার কথা, যা 36 মাস পর্যন্ত বাড়ানো যায়।

info-italian-test-a2-need = থাকার পারমিট (permesso di soggiorno), পাসপোর্ট, ট্যাক্স কোড (codice fiscale) এবং এমন একটি ই-মেইল ঠিকানা যা আপনি প্রতিদিন দেখেন।
info-italian-test-a2-cost = বিনা পয়সায়।
info-italian-test-a2-where = আবেদনটি করতে হয় testitaliano.interno.it ওয়েবসাইটে, আপনার SPID বা CIE দিয়ে: এখানে আপনি এটি প্রস্তুত করেন, আর চাইলে একজন অপারেটর আপনার সাথে এটি করবেন। ডাকার চিঠি 60 দিনের মধ্যে ই-মেইলে আসে; পরীক্ষা হয় একটি CPIA (বয়স্কদের শিক্ষাকেন্দ্র)-তে। পাস না করলে 90 দিন পরে আবার নাম লেখাতে পারবেন।

info-state-school-enrolment-need = শিশু ও বাবা-মায়ের তথ্য, আপনার বেছে নেওয়া স্কুলের কোড (10টি অক্ষর ও অঙ্ক, Arezzo-র জন্য AR দিয়ে শুরু) এবং একটি ই-মেইল ঠিকানা।
info-state-school-enrolment-cost = বিনা পয়সায়।
info-state-school-enrolment-where = ভর্তি করতে হয় মন্ত্রণালয়ের Unica প্ল্যাটফর্মে, আপনার SPID বা CIE দিয়ে, প্রতি বছর জানুয়ারি থেকে ফেব্রুয়ারির মধ্যে: এখানে আপনি এটি প্রস্তুত করেন, আর চাইলে একজন অপারেটর আপনার সাথে এটি করবেন। অন্য সময়ে ফর্মটি স্কুলের অফিসে (segreteria) নিয়ে যান।

info-municipal-school-services-need = শিশু ও যে অভিভাবক টাকা দেবেন তার তথ্য, ট্যাক্স কোড (codice fiscale), স্কুলের নাম এবং, থাকলে, ISEE (পরিবারের আর্থিক অবস্থার সনদ)।
info-municipal-school-services-cost = আবেদন বিনা পয়সায়। সেবার খরচ ISEE অনুযায়ী: 13.500 ইউরো পর্যন্ত হলে কম ফি।
info-municipal-school-services-where = Comune di Arezzo-র স্কুল অফিস (ufficio scuola) (Sportello Unico, Piazza Amintore Fanfani), Comune যে সময়ে ভর্তির কথা জানায় সেই সময়ে।

info-online-magazines-need = Toscana-র কোনো লাইব্রেরির কার্ড।
info-online-magazines-cost = বিনা পয়সায়।
info-online-magazines-where = যেকোনো সময়, ফোন বা কম্পিউটার থেকে MLOL দিয়ে, অথবা লাইব্রেরিতে। কার্ডটি Biblioteca Città di Arezzo, via dei Pileati 8-এ বিনা পয়সায় করা যায়।

info-training-courses-need = একটি পরিচয়পত্র ও থাকার পারমিট (permesso di soggiorno)। ভাউচার (voucher) ও সাহায্যের জন্য Centro per l'Impiego (কর্মসংস্থান কেন্দ্র)-এ নাম লেখানো।
info-training-courses-cost = অনেক কোর্স বিনা পয়সায়; কোর্সের কাগজে খরচ লেখা থাকে।
info-training-courses-where = কাগজে লেখা প্রশিক্ষণ সংস্থায়, শেষ তারিখের আগে। তথ্যের জন্য: Arezzo-র Centro per l'Impiego (কর্মসংস্থান কেন্দ্র), via Monte Cervino 24।

info-job-offers-need = সিভি (curriculum), একটি পরিচয়পত্র ও থাকার পারমিট (permesso di soggiorno)।
info-job-offers-cost = বিনা পয়সায়।
info-job-offers-where = চাকরির বিজ্ঞপ্তিতে লেখা Centro per l'Impiego (কর্মসংস্থান কেন্দ্র)-এ (Arezzo, San Giovanni Valdarno, Sestino, Civitella), শেষ তারিখের আগে।

info-health-booking-need = ইলেকট্রনিক প্রেসক্রিপশন (NRE নম্বর) ও স্বাস্থ্য কার্ড (tessera sanitaria), অথবা থাকার পারমিট না থাকলে STP কোড।
info-health-booking-cost = pagoPA দিয়ে ticket (আপনার দেয় ফি) দিতে হয়, যদি না প্রেসক্রিপশনে ছাড় (esenzione) লেখা থাকে।
info-health-booking-where = USL Toscana Sud Est-এর হাসপাতাল ও স্বাস্থ্যকেন্দ্র (case della salute)। বাতিল করতে বুকিং কোড নিয়ে CUP (বুকিং অফিস)-এ ফোন করুন।
