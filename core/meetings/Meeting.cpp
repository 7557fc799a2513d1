#include "Meeting.h"

namespace redgrid::meetings {

std::optional<MotionFigures> Meeting::motion() const
{
    if (!motionInFavour)
        return std::nullopt;
    return Quorum::motion(quorum.base, *motionInFavour);
}

}  // namespace redgrid::meetings
