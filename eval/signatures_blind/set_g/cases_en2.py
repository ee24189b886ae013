"""Blind set G, English replies g076-g100 (the US, the UK, Jersey, Ireland, Singapore, UAE, South Africa,
Australia, Canada, Israel, Hong Kong, an English couple in the Dordogne). Plain data read by build.py;
see cases_fr1.py for the marks.
"""

CASES = [
    {
        "id": "g076",
        "lang": "en",
        "client": "outlook",
        "layout": "caps",
        "sreg": "US",
        "sender": ("Alexandra Reyes-Whitmore", "areyes-whitmore@palisadescrest.example"),
        "user": "eg",
        "new": """
Émilie,

We reviewed the allocation proposal. The family is comfortable adding the French private debt fund at 5% of the portfolio, but we need the investor reporting confirmed before the first capital call. Please ask the manager for a sample quarterly report.

Thank you,

§ALEXANDRA REYES-WHITMORE
§CHIEF INVESTMENT OFFICER
§PALISADES CREST HOLDINGS
§11601 WILSHIRE BLVD, SUITE 1850 | LOS ANGELES, CA 90025
§O 310.555.0123 | M 310.555.0166
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 3, 6, 17, 45),
            "subject": "Allocation proposal – European private debt",
            "text": """
Dear Alexandra,

Please find attached our allocation proposal, including the French private debt fund we discussed in Los Angeles.
""",
        },
        "fields": {
            "name": "ALEXANDRA REYES-WHITMORE",
            "title": "CHIEF INVESTMENT OFFICER",
            "company": "PALISADES CREST HOLDINGS",
            "address": "11601 WILSHIRE BLVD, SUITE 1850, LOS ANGELES, CA 90025",
            "phones": [("+13105550123", "landline"), ("+13105550166", "mobile")],
        },
    },
    {
        "id": "g077",
        "lang": "en",
        "client": "gmail",
        "layout": "block",
        "sreg": "US",
        "sender": ("Ben Hollister", "ben@hollisterridge.example"),
        "user": "eg",
        "new": """
Hi Émilie,

Got it, thanks. We'll sign the LOI for the Burgundy parcel once our attorney has looked at the SAFER pre-emption clause. Could you send the English translation?

§Ben

§Ben Hollister
§Winemaker & Owner
§Hollister Ridge Vineyards
§Dundee, Oregon
§(503) 555-0118 cell
""",
        "quote": {
            "style": "gmail_us",
            "when": (2026, 3, 20, 9, 15),
            "subject": "Burgundy parcel – letter of intent",
            "text": """
Dear Ben,

Please find attached the letter of intent for the Hautes-Côtes parcel. Note the pre-emption right of the SAFER, which I explain in the cover note.
""",
        },
        "fields": {
            "name": "Ben Hollister",
            "title": "Winemaker & Owner",
            "company": "Hollister Ridge Vineyards",
            "address": "Dundee, Oregon",
            "phones": [("+15035550118", "mobile")],
        },
    },
    {
        "id": "g078",
        "lang": "en",
        "client": "outlook",
        "layout": "table-tabs",
        "sreg": "GB",
        "hard": True,
        "sender": ("Oliver Pemberton", "oliver.pemberton@pembertonhale.example"),
        "user": "hb",
        "new": """
Hugo,

Thanks – we've shared the information memorandum with the three trade buyers on the long list. Two have already asked for management presentations in the week of 20 April.
I'll circulate a draft process letter tomorrow.

§Oliver

[cid:image001.png@01DC5204.3C7A9E10]
§Oliver Pemberton\tManaging Director\tPemberton Hale Corporate Finance LLP
§14 Old Jewry, London EC2R 8DN
§T +44 (0)20 7946 0321\tM +44 (0)7946 218 553\toliver.pemberton@pembertonhale.example
[cid:image002.png@01DC5204.3C7A9E10]
Pemberton Hale Corporate Finance LLP is authorised and regulated by the Financial Conduct Authority (FRN 612345).
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 4, 6, 18, 2),
            "subject": "Project Escale – UK buyers",
            "text": """
Oliver,

Could you let me know where things stand with the UK trade buyers? Our client would like to hold management presentations before Easter if possible.

Best,
""",
        },
        "fields": {
            "name": "Oliver Pemberton",
            "title": "Managing Director",
            "company": "Pemberton Hale Corporate Finance LLP",
            "email": "oliver.pemberton@pembertonhale.example",
            "address": "14 Old Jewry, London EC2R 8DN",
            "phones": [("+442079460321", "landline"), ("+447946218553", "mobile")],
        },
    },
    {
        "id": "g079",
        "lang": "en",
        "client": "outlook",
        "layout": "two-firms",
        "sreg": "GB",
        "hard": True,
        "sender": ("Charlotte Ashworth-Boyd", "c.ashworth-boyd@harcourtlane.example"),
        "user": "eg",
        "new": """
Dear Émilie,

I've spoken to the trustees: they are content for the Lyon property to be sold and the proceeds reinvested within the trust, provided the French notaire confirms the tax position.
I am in Paris on 22 April for a Rive Gauche partners' meeting and could come to your office afterwards.

Best wishes,

§Charlotte Ashworth-Boyd
§Partner, Harcourt Lane LLP
§Consultant, Rive Gauche Avocats (Paris)
§7 Devereux Court, London WC2R 3JJ
§T +44 (0)20 7946 0742 | M +44 (0)7818 524 306
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 31, 12, 30),
            "subject": "Ashby Settlement – Lyon property",
            "text": """
Dear Charlotte,

Could you check with the trustees whether they would agree to the sale of the Lyon property, with the proceeds kept within the settlement?
""",
        },
        "fields": {
            "name": "Charlotte Ashworth-Boyd",
            "title": "Partner",
            "company": "Harcourt Lane LLP",
            "address": "7 Devereux Court, London WC2R 3JJ",
            "phones": [("+442079460742", "landline"), ("+447818524306", "mobile")],
        },
    },
    {
        "id": "g080",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "GB",
        "sender": ("Hamish Drummond", "factor@glenmorven-estate.example"),
        "user": "eg",
        "new": """
Dear Ms Garnier,

Further to your letter, the Trustees of the Glenmorven Estate are willing to consider the sale of the shooting lodge and 120 acres of hill ground to your client. The guide price is £1.45m; viewings can be arranged from mid-April once the road has been repaired.

Yours sincerely,

§Hamish Drummond FRICS
§Factor
§Glenmorven Estate
§Estate Office, Glenmorven, Isle of Mull, PA75 6QB
§Tel 01688 302 145 | Mob 07869 413 752
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 3, 10, 0),
            "subject": "Glenmorven – shooting lodge",
            "text": """
Dear Mr Drummond,

I act for a French family who would be interested in acquiring the shooting lodge on the Glenmorven Estate, should the Trustees consider a sale.
""",
        },
        "fields": {
            "name": "Hamish Drummond",
            "title": "Factor",
            "company": "Glenmorven Estate",
            "address": "Estate Office, Glenmorven, Isle of Mull, PA75 6QB",
            "phones": [("+441688302145", "landline"), ("+447869413752", "mobile")],
        },
    },
    {
        "id": "g081",
        "lang": "en",
        "client": "outlook",
        "layout": "team",
        "sreg": "JE",
        "sender": ("Private Office Onboarding", "onboarding@sthelierfiduciary.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Thank you for the completed due diligence pack for the Marchetti Trust. We are still missing the source of wealth narrative for the settlor and a certified copy of the protector's passport (certified within the last three months).
Once these are received, we will be able to finalise onboarding and open the trust bank account.

Kind regards,

§Client Onboarding Team | Private Office
§St Helier Fiduciary Limited
§22 Esplanade, St Helier, Jersey JE2 3QA
§T +44 (0)1534 612 884

St Helier Fiduciary Limited is regulated by the Jersey Financial Services Commission to conduct trust company business.
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 20, 15, 55),
            "subject": "Marchetti Trust – due diligence pack",
            "text": """
Dear all,

Please find attached the due diligence pack for the Marchetti Trust.
""",
        },
        "fields": {
            "company": "St Helier Fiduciary Limited",
            "address": "22 Esplanade, St Helier, Jersey JE2 3QA",
            "phones": [("+441534612884", "landline")],
        },
    },
    {
        "id": "g082",
        "lang": "en",
        "client": "outlook",
        "layout": "assistant",
        "sreg": "GB",
        "hard": True,
        "sender": ("Lucy Brennan", "lucy.brennan@keirlindsay.example"),
        "user": "hb",
        "new": """
Dear Mr Bastide,

Fiona has asked me to let you know that she is available for the completion call on Thursday 16 April at 2pm (UK time). She will circulate the updated disclosure letter beforehand.
Could you send me the dial-in details?

Kind regards,

§Lucy Brennan
§PA to Fiona Keir, Managing Partner
§Keir Lindsay LLP
§17 Queen's Terrace, Aberdeen AB10 1XL
§Direct: 01224 496 118
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 4, 7, 9, 25),
            "subject": "Project Granite – completion call",
            "text": """
Dear Fiona,

Would Thursday 16 April suit you for the completion call?
""",
        },
        "fields": {
            "name": "Lucy Brennan",
            "title": "PA to Fiona Keir, Managing Partner",
            "company": "Keir Lindsay LLP",
            "address": "17 Queen's Terrace, Aberdeen AB10 1XL",
            "phones": [("+441224496118", "landline")],
        },
    },
    {
        "id": "g083",
        "lang": "en",
        "client": "iphone",
        "layout": "none",
        "sreg": "GB",
        "sender": ("Tom Whitley", "tom.whitley@btmail.example"),
        "user": "eg",
        "new": """
Yes, go ahead with the transfer. Thanks

Sent from my iPhone
""",
        "quote": {
            "style": "iphone_en",
            "when": (2026, 4, 8, 8, 5),
            "subject": "Transfer to your French account",
            "text": """
Dear Tom,

The funds from the sale of the Menton flat are ready. Shall I ask the notaire to transfer them to your French account?
""",
        },
        "fields": {},
    },
    {
        "id": "g084",
        "lang": "en",
        "client": "iphone",
        "layout": "first-name",
        "sreg": "AU",
        "sender": ("Matt Kowalski", "matt.kowalski@bigpond-mail.example"),
        "user": "eg",
        "new": """
No worries, Thursday works. I'll get the trust deed over to you before then.

Cheers,
§Matt

Get Outlook for iOS
""",
        "quote": {
            "style": "outlookmobile_en",
            "when": (2026, 4, 6, 22, 40),
            "subject": "Call on Thursday",
            "text": """
Hi Matt,

Would Thursday at 9am Paris time (5pm in Sydney) work for our call about the family trust?
""",
        },
        "fields": {"name": "Matt"},
    },
    {
        "id": "g085",
        "lang": "en",
        "client": "outlook",
        "layout": "closing-name",
        "sreg": "IE",
        "sender": ("Liam Fitzgerald", "liam.fitzgerald@fitzgerald-holdings.example"),
        "user": "eg",
        "new": """
Émilie,

Confirmed: we'll wire the EUR 250,000 to the notaire's escrow account on Monday, reference CARTER-VENTE-2026.

§Kind regards, Liam Fitzgerald
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 4, 3, 16, 0),
            "subject": "Deposit for the Annecy chalet",
            "text": """
Dear Liam,

The notaire has confirmed the escrow details for the deposit. Could you let me know when the transfer will be made?
""",
        },
        "fields": {"name": "Liam Fitzgerald"},
    },
    {
        "id": "g086",
        "lang": "en",
        "client": "outlook",
        "layout": "lastname-first",
        "sreg": "SG",
        "hard": True,
        "sender": ("Jasmine Tan", "jasmine.tan@rqtax.example"),
        "user": "hb",
        "new": """
Dear Hugo,

We have reviewed the draft cost-sharing agreement between the Singapore and French entities. From a Singapore transfer pricing perspective, the 5% mark-up is acceptable, but the agreement should be supported by a benchmarking study.
We can deliver one within four weeks; our fee quote is attached.

Best regards,

§TAN Wei Ling, Jasmine (Ms)
§Senior Manager, Corporate Tax
§Raffles Quay Tax Advisory LLP
§71 Robinson Road, #15-02, Singapore 068895
§DID: 6536 2291 | HP: 9024 7716
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 25, 10, 40),
            "subject": "Cost-sharing agreement – transfer pricing",
            "text": """
Dear Jasmine,

Please find attached the draft cost-sharing agreement. Could you confirm whether the 5% mark-up is acceptable from a Singapore perspective?
""",
        },
        "fields": {
            "name": "TAN Wei Ling, Jasmine",
            "title": "Senior Manager, Corporate Tax",
            "company": "Raffles Quay Tax Advisory LLP",
            "address": "71 Robinson Road, #15-02, Singapore 068895",
            "phones": [("+6565362291", "landline"), ("+6590247716", "mobile")],
        },
    },
    {
        "id": "g087",
        "lang": "en",
        "client": "gmail",
        "layout": "block",
        "sreg": "IE",
        "hard": True,
        "sender": ("Niall Mac Giolla Phádraig", "coolcarrafarm@eirmail.example"),
        "user": "eg",
        "new": """
Hi Émilie,

Thanks for the call. I'm happy enough to sell the 40 acres at Coolcarra to the French buyer at €14,000 an acre, but the milking parlour stays with me and I need a right of way to the yard.
My solicitor in Loughrea will send the contract over.

Regards,
§Niall Mac Giolla Phádraig
§Coolcarra Farm, Athenry, Co. Galway, H65 T2W8
§087 918 2204
""",
        "quote": {
            "style": "gmail_uk",
            "when": (2026, 3, 12, 19, 10),
            "subject": "Coolcarra land – French buyer",
            "text": """
Dear Mr Mac Giolla Phádraig,

Following our call, I confirm that my client would like to acquire the 40 acres at Coolcarra. Could you confirm the price per acre and any conditions?
""",
        },
        "fields": {
            "name": "Niall Mac Giolla Phádraig",
            "address": "Coolcarra Farm, Athenry, Co. Galway, H65 T2W8",
            "phones": [("+353879182204", "mobile")],
        },
    },
    {
        "id": "g088",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "GB",
        "sender": ("James Whitfield", "jwhitfield@whitfieldcarrow.example"),
        "user": "eg",
        "new": """
Dear Émilie,

I have now reviewed the French succession plan for the Ashby family. From a UK perspective, the gift of the Chelsea flat to the children would be a potentially exempt transfer, so Mr Ashby would need to survive seven years.
Shall we set up a call with the notaire next week?

Kind regards,

§James Whitfield MA (Oxon) FCA CTA TEP
§Partner, Private Client Tax
§Whitfield Carrow LLP
§41 Bedford Row, London WC1R 4JH
§DD +44 (0)20 7946 0587

Whitfield Carrow LLP is a limited liability partnership registered in England and Wales (OC412345).
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 16, 8, 45),
            "subject": "Ashby family – French succession plan",
            "text": """
Dear James,

Please find attached the succession plan prepared with the family's notaire. We would welcome your comments on the UK inheritance tax aspects.
""",
        },
        "fields": {
            "name": "James Whitfield",
            "title": "Partner, Private Client Tax",
            "company": "Whitfield Carrow LLP",
            "address": "41 Bedford Row, London WC1R 4JH",
            "phones": [("+442079460587", "landline")],
        },
    },
    {
        "id": "g089",
        "lang": "en",
        "client": "android",
        "layout": "mobile",
        "sreg": "AE",
        "sender": ("Sanjay Mehta", "sanjay@mehta-fo.example"),
        "user": "eg",
        "new": """
Noted, thanks Émilie. I'll ask our bank in Zurich to release the custody statement and revert by Sunday.

§Sanjay Mehta
§Principal, Mehta Family Office
§+971 56 218 6304

Get Outlook for Android
""",
        "quote": {
            "style": "outlookmobile_en",
            "when": (2026, 4, 2, 11, 15),
            "subject": "Custody statement for the subscription",
            "text": """
Dear Sanjay,

To complete the subscription file, the fund needs a custody statement from your bank dated within the last month.
""",
        },
        "fields": {
            "name": "Sanjay Mehta",
            "title": "Principal",
            "company": "Mehta Family Office",
            "phones": [("+971562186304", "mobile")],
        },
    },
    {
        "id": "g090",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "US",
        "sender": ("Megan Tanaka", "mtanaka@cascadeharbor.example"),
        "user": "eg",
        "new": """
Hi Émilie,

Thanks for coordinating. I've uploaded the Morel family's brokerage statements and the 1099-DIV forms to the secure portal; Mrs Morel's French return will need the dividend and withholding figures from them.
Happy to join a three-way call with their French notary if useful.

Best regards,

§Megan Tanaka, CFP®
§Senior Wealth Advisor
§Cascade Harbor Wealth Partners
§1201 Third Avenue, Suite 2400, Seattle, WA 98101
§Direct 206-555-0172 | Mobile 206-555-0139
Schedule a meeting: outlook.office.com/bookwithme/user/mtanaka
Advisory services offered through Cascade Harbor Wealth Partners, LLC, an SEC-registered investment adviser.
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 3, 26, 16, 35),
            "subject": "Morel family – US tax documents",
            "text": """
Dear Megan,

For Mrs Morel's French tax return, we will need the US dividend figures and the tax withheld in 2025. Could you share the relevant statements?
""",
        },
        "fields": {
            "name": "Megan Tanaka",
            "title": "Senior Wealth Advisor",
            "company": "Cascade Harbor Wealth Partners",
            "address": "1201 Third Avenue, Suite 2400, Seattle, WA 98101",
            "phones": [("+12065550172", "landline"), ("+12065550139", "mobile")],
        },
    },
    {
        "id": "g091",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "AE",
        "sender": ("Karan Malhotra", "karan@malhotra-fo.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Thank you for the deck on the French hotel fund. Our investment committee meets on the 14th; we would consider a ticket of EUR 5 million, subject to a side letter on quarterly reporting.
Could you share the draft LPA before then?

Warm regards,

§Karan Malhotra
§Head of Investments
§Malhotra Family Office (DMCC Branch)
§Unit 3204, Platinum Tower, Cluster I, Jumeirah Lakes Towers
§P.O. Box 341872, Dubai, UAE
§M +971 52 718 4406
§linkedin.com/in/karanmalhotra-fo
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 4, 1, 7, 30),
            "subject": "French hotel fund – presentation",
            "text": """
Dear Karan,

As discussed in Dubai, please find attached the presentation of the French hotel fund.
""",
        },
        "fields": {
            "name": "Karan Malhotra",
            "title": "Head of Investments",
            "company": "Malhotra Family Office (DMCC Branch)",
            "linkedin": "linkedin.com/in/karanmalhotra-fo",
            "address": "Unit 3204, Platinum Tower, Cluster I, Jumeirah Lakes Towers, P.O. Box 341872, Dubai, UAE",
            "phones": [("+971527184406", "mobile")],
        },
    },
    {
        "id": "g092",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "CA",
        "sender": ("Heather MacIsaac", "hmacisaac@bluenoserisk.example"),
        "user": "eg",
        "new": """
Hi Émilie,

I've bound the coverage for the Leblanc cottage in Chester effective April 1. The annual premium is CAD 3,480 and the declarations page is attached.
Since the owners are non-residents, the insurer requires a local contact for inspections; can you confirm their property manager's details?

Thanks,

§Heather MacIsaac, CIP
§Insurance Advisor, Personal Lines
§Bluenose Risk & Insurance Inc.
§1801 Hollis Street, Suite 900, Halifax, NS B3J 3N4
§T 902-555-0155 | C 902-555-0178 | F 902-555-0156
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 3, 27, 13, 50),
            "subject": "Leblanc cottage – home insurance",
            "text": """
Dear Heather,

Mr and Mrs Leblanc have asked me to confirm the insurance of their cottage in Chester from April 1. Could you send me the policy documents?
""",
        },
        "fields": {
            "name": "Heather MacIsaac",
            "title": "Insurance Advisor, Personal Lines",
            "company": "Bluenose Risk & Insurance Inc.",
            "address": "1801 Hollis Street, Suite 900, Halifax, NS B3J 3N4",
            "phones": [("+19025550155", "landline"), ("+19025550178", "mobile"), ("+19025550156", "fax")],
        },
    },
    {
        "id": "g093",
        "lang": "en",
        "client": "iphone",
        "layout": "mobile",
        "sreg": "IL",
        "sender": ("Gil Avraham", "gil@avraham-holdings.example"),
        "user": "hb",
        "new": """
Hi Hugo,
Got your message. We're interested in the Lyon deal, I'll send you our comments on the LOI tomorrow morning.
§Gil

§Gil Avraham
§Managing Partner, Avraham Family Holdings
§+972 54-332-9187

Sent from my iPhone
""",
        "quote": {
            "style": "iphone_en",
            "when": (2026, 4, 5, 20, 10),
            "subject": "Lyon logistics deal – LOI",
            "text": """
Hi Gil,

Attached is the draft LOI for the Lyon logistics deal. Let me know if your family would like to participate.

Best,
""",
        },
        "fields": {
            "name": "Gil Avraham",
            "title": "Managing Partner",
            "company": "Avraham Family Holdings",
            "phones": [("+972543329187", "mobile")],
        },
    },
    {
        "id": "g094",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "IE",
        "sender": ("Aoife Kavanagh", "aoife.kavanagh@liffeyfa.example"),
        "user": "hb",
        "new": """
Dear Hugo,

Please note that the redemption request from Alder Capital for 1,200 Class B USD shares has been accepted for the 31 March dealing day. Settlement proceeds will be paid T+5 to the account on file.
The contract note will follow once the NAV is finalised.

Kind regards,

§Aoife Kavanagh
§Associate Director, Transfer Agency
§Liffey Fund Administration (Ireland) Limited
§3rd Floor, Custom House Square, IFSC, Dublin 1, D01 W5X9
§T: +353 1 427 8810
§E: aoife.kavanagh@liffeyfa.example

Liffey Fund Administration (Ireland) Limited is regulated by the Central Bank of Ireland.
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 26, 11, 5),
            "subject": "Redemption – Alder Capital",
            "text": """
Dear Aoife,

Please find attached the signed redemption request of Alder Capital for the 31 March dealing day.
""",
        },
        "fields": {
            "name": "Aoife Kavanagh",
            "title": "Associate Director, Transfer Agency",
            "company": "Liffey Fund Administration (Ireland) Limited",
            "email": "aoife.kavanagh@liffeyfa.example",
            "address": "3rd Floor, Custom House Square, IFSC, Dublin 1, D01 W5X9",
            "phones": [("+35314278810", "landline")],
        },
    },
    {
        "id": "g095",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "ZA",
        "hard": True,
        "sender": ("Thandiwe Mokoena", "tmokoena@tablebaytrust.example"),
        "user": "eg",
        "new": """
Dear Émilie,

We acknowledge receipt of the letter of wishes signed by Mr Joubert. The trustees will meet on 8 April to consider the distribution to his daughter in Lyon; exchange control approval will be needed for the remittance abroad.

Kind regards

§Thandiwe Mokoena
§Senior Fiduciary Specialist
§Table Bay Trust Company (Pty) Ltd
§4th Floor, 18 Dock Road, V&A Waterfront, Cape Town, 8001
§Tel: 021 418 3306
§Cell: 072 614 3380
""",
        "quote": {
            "style": "outlook_uk",
            "when": (2026, 3, 30, 8, 20),
            "subject": "Joubert Family Trust – letter of wishes",
            "text": """
Dear Thandiwe,

Please find attached Mr Joubert's signed letter of wishes regarding a distribution to his daughter, who lives in Lyon.
""",
        },
        "fields": {
            "name": "Thandiwe Mokoena",
            "title": "Senior Fiduciary Specialist",
            "company": "Table Bay Trust Company (Pty) Ltd",
            "address": "4th Floor, 18 Dock Road, V&A Waterfront, Cape Town, 8001",
            "phones": [("+27214183306", "landline"), ("+27726143380", "mobile")],
        },
    },
    {
        "id": "g096",
        "lang": "en",
        "client": "gmail",
        "layout": "block",
        "sreg": "AU",
        "sender": ("Mei Lin Zhou", "meilin@collinsstpharmacy.example"),
        "user": "eg",
        "new": """
Hi Émilie,

Thanks for the intro to the French bank. We'll go ahead and buy the pharmacy through the family trust, as our accountant suggested. Can you confirm whether my French citizenship changes anything for the loan guarantee?

Kind regards,

§Mei Lin Zhou
§Pharmacist-in-Charge
§Collins Street Compounding Pharmacy
§Shop 4, 350 Collins Street, Melbourne VIC 3000
§Ph (03) 9614 2278
""",
        "quote": {
            "style": "gmail_uk",
            "when": (2026, 3, 19, 7, 40),
            "subject": "Pharmacy purchase – financing",
            "text": """
Dear Mei Lin,

I have introduced you to our contact at the French bank, who can look at the guarantee for the pharmacy purchase.
""",
        },
        "fields": {
            "name": "Mei Lin Zhou",
            "title": "Pharmacist-in-Charge",
            "company": "Collins Street Compounding Pharmacy",
            "address": "Shop 4, 350 Collins Street, Melbourne VIC 3000",
            "phones": [("+61396142278", "landline")],
        },
    },
    {
        "id": "g097",
        "lang": "en",
        "client": "gmail",
        "layout": "block",
        "sreg": "US",
        "sender": ("Marc Laurent-Price", "marc@laurentprice.example"),
        "user": "eg",
        "new": """
Hi Émilie,

Attached is our fee proposal for the renovation of the Marais apartment, coordinated with our Paris partner architect. Phase 1 (survey and schematic design) is USD 38,000; we'd start in May.

Best,

§Marc Laurent-Price, AIA
§Principal
§Laurent-Price Architects PLLC
§55 Washington Street, Suite 812, Brooklyn, NY 11201
§T 718-555-0164
""",
        "quote": {
            "style": "gmail_us",
            "when": (2026, 3, 23, 15, 15),
            "subject": "Marais apartment – renovation",
            "text": """
Hi Marc,

Our clients would like a fee proposal for the renovation of their Marais apartment. Could you prepare one with your Paris partner?
""",
        },
        "fields": {
            "name": "Marc Laurent-Price",
            "title": "Principal",
            "company": "Laurent-Price Architects PLLC",
            "address": "55 Washington Street, Suite 812, Brooklyn, NY 11201",
            "phones": [("+17185550164", "landline")],
        },
    },
    {
        "id": "g098",
        "lang": "en",
        "client": "android",
        "layout": "mobile",
        "sreg": "HK",
        "sender": ("Kenneth Wong", "kwong.ortho@hkmed-mail.example"),
        "user": "eg",
        "new": """
Dear Émilie,
Thanks. Please go ahead with the subscription as discussed, I have signed the forms and will courier them tomorrow.
Regards,
§Dr Kenneth Wong
§+852 6218 4073

Sent from my Galaxy
""",
        "quote": {
            "style": "samsung_en",
            "when": (2026, 4, 7, 6, 45),
            "subject": "Subscription forms",
            "text": """
Dear Dr Wong,

Please find attached the subscription forms for the fund we discussed, to be signed where marked.
""",
        },
        "fields": {
            "name": "Kenneth Wong",
            "phones": [("+85262184073", "mobile")],
        },
    },
    {
        "id": "g099",
        "lang": "en",
        "client": "gmail",
        "layout": "dash-dash",
        "sreg": "FR",
        "hard": True,
        "sender": ("Graham Whitaker", "graham.whitaker@dordogne-mail.example"),
        "user": "eg",
        "new": """
Dear Émilie,

Thank you for the illustrations. Margaret and I would rather keep the assurance-vie in euros and leave the UK pension where it is until we've spoken to our UK adviser.
We're back in England from 14 to 28 April, so any time after that suits.

Best wishes,

--\x20
§Graham Whitaker
§Le Moulin de Peyrat
§24510 Sainte-Alvère
§Tel: 05 36 49 81 27 | UK mobile: +44 7852 630 418
""",
        "quote": {
            "style": "gmail_uk",
            "when": (2026, 4, 1, 14, 25),
            "subject": "Assurance-vie illustrations",
            "text": """
Dear Graham,

As promised, here are the illustrations for the assurance-vie, in euros and in sterling.
""",
        },
        "fields": {
            "name": "Graham Whitaker",
            "address": "Le Moulin de Peyrat, 24510 Sainte-Alvère",
            "phones": [("+33536498127", "landline"), ("+447852630418", "mobile")],
        },
    },
    {
        "id": "g100",
        "lang": "en",
        "client": "outlook",
        "layout": "block",
        "sreg": "CA",
        "sender": ("Brent Okafor-Lindqvist", "bokafor-lindqvist@bowriver-capital.example"),
        "user": "hb",
        "new": """
Hugo,

We'd like to take part in the second round for the Grenoble industrial target alongside Northbridge. Please add our deal team (copied) to the data room.

Regards,

[cid:image001.png@01DC5301.7E2D4B60]
§Brent Okafor-Lindqvist
§Vice President, Direct Investments
§Bow River Family Capital
§Suite 2500, 855 2 Street SW, Calgary, AB T2P 4J8
§o: 403-555-0111 | c: 403-555-0184
§bowriver-capital.example
""",
        "quote": {
            "style": "outlook_us",
            "when": (2026, 4, 3, 10, 10),
            "subject": "Project Cristal – second round",
            "text": """
Brent,

Following the first-round feedback, we are inviting a limited number of investors to the second round. Let me know if Bow River would like to take part.
""",
        },
        "fields": {
            "name": "Brent Okafor-Lindqvist",
            "title": "Vice President, Direct Investments",
            "company": "Bow River Family Capital",
            "website": "bowriver-capital.example",
            "address": "Suite 2500, 855 2 Street SW, Calgary, AB T2P 4J8",
            "phones": [("+14035550111", "landline"), ("+14035550184", "mobile")],
        },
    },
]
