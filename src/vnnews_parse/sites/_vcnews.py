"""What the VCCorp-built news sites tuoitre, nld and baochinhphu share in their 2026 template.

They mark the fields with ``data-role`` attributes (``title``, ``sapo``, ``publishdate``,
``content``) and embed media and boxes in the body as ``VCSortableInPreviewMode`` blocks typed
by ``@type``. Candidates for ``_vccorp.py``; kept here so the site modules do not depend on a
module another adapter family is still changing.
"""

HEADLINE = "//h1[@data-role='title']"
LEAD = "//h2[@data-role='sapo']"
# The article column; ``not(@id)`` leaves out the empty copy in tuoitre's comment popup.
CONTENT = "//div[contains(@class, 'detail-content')][@data-role='content'][not(@id='objectPopupBody')]"
BODY_EXCLUDE = (
    # Figcaptions and related boxes go by default; a video's caption is a div, not a figcaption.
    ".//*[@type='VideoStream']//*[contains(@class, 'VideoCMS_Caption')]",
    # Ad slots filled by script.
    ".//zone",
)
# Photos are figures; the thumbnails of related boxes are not article images.
IMAGES = CONTENT + "//figure//img"
